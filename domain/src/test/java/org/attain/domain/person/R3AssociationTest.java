package org.attain.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.NotPermittedException;
import org.attain.domain.shared.RuleViolationException;
import org.attain.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

/** R3: a person associates their achievements with one organization at a time, on their own. */
class R3AssociationTest {

  private static final AssociationPolicy POLICY = AssociationPolicy.PROGRAMME_DEFAULT;
  private static final LocalDate DAY = LocalDate.of(2025, 1, 15);

  private final Person ana = Person.register("Ana Souza", new EmailAddress("ana@example.com"));
  private final OrganizationId contoso = OrganizationId.newId();
  private final OrganizationId fabrikam = OrganizationId.newId();

  @Test
  void R3_aNewPersonCountsForNoOrganization() {
    assertThat(ana.currentOrganization()).isEmpty();
    assertThat(ana.associations()).isEmpty();
    assertThat(ana.version()).isEmpty();
  }

  @Test
  void R3_aPersonIsAssociatedWithOneOrganizationAtATime() {
    ana.associateWith(contoso, DAY, ana.id(), POLICY);
    ana.associateWith(fabrikam, DAY.plusDays(30), ana.id(), POLICY);

    assertThat(ana.currentOrganization()).contains(fabrikam);
    assertThat(ana.associations()).filteredOn(Association::isOpen).hasSize(1);
  }

  @Test
  void R3_associatingSaysWhichOrganizationThePersonJoined() {
    AssociationChange change = ana.associateWith(contoso, DAY, ana.id(), POLICY);

    assertThat(change)
        .isEqualTo(new AssociationChange(ana.id(), DAY, Optional.empty(), Optional.of(contoso)));
    assertThat(ana.associations()).containsExactly(new Association(contoso, DAY, null, null));
  }

  @Test
  void R3_movingDetachesFromThePreviousOrganization() {
    ana.associateWith(contoso, DAY, ana.id(), POLICY);
    LocalDate moveDay = DAY.plusDays(45);

    AssociationChange change = ana.associateWith(fabrikam, moveDay, ana.id(), POLICY);

    assertThat(change)
        .isEqualTo(
            new AssociationChange(
                ana.id(),
                moveDay,
                Optional.of(new AssociationChange.Departure(contoso, AssociationEnd.MOVED)),
                Optional.of(fabrikam)));
    assertThat(ana.organizationOn(moveDay.minusDays(1))).contains(contoso);
    assertThat(ana.organizationOn(moveDay)).contains(fabrikam);
  }

  @Test
  void R3_historyOfAssociationsIsKept() {
    ana.associateWith(contoso, DAY, ana.id(), POLICY);
    ana.associateWith(fabrikam, DAY.plusDays(30), ana.id(), POLICY);
    ana.leave(DAY.plusDays(40), ana.id());
    ana.associateWith(contoso, DAY.plusDays(60), ana.id(), POLICY);

    assertThat(ana.associations())
        .containsExactly(
            new Association(contoso, DAY, DAY.plusDays(30), AssociationEnd.MOVED),
            new Association(fabrikam, DAY.plusDays(30), DAY.plusDays(40), AssociationEnd.LEFT),
            new Association(contoso, DAY.plusDays(60), null, null));
    assertThat(ana.organizationOn(DAY.minusDays(1))).isEmpty();
    assertThat(ana.organizationOn(DAY.plusDays(29))).contains(contoso);
    assertThat(ana.organizationOn(DAY.plusDays(39))).contains(fabrikam);
    assertThat(ana.organizationOn(DAY.plusDays(50))).isEmpty();
    assertThat(ana.organizationOn(DAY.plusDays(365))).contains(contoso);
  }

  @Test
  void R3_theHistoryHandedOutCannotRewriteThePerson() {
    ana.associateWith(contoso, DAY, ana.id(), POLICY);

    assertThatThrownBy(() -> ana.associations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(ana.associations()).hasSize(1);
  }

  @Test
  void R3_onlyThePersonCanAssociate() {
    PersonId someoneElse = PersonId.newId();

    assertThatThrownBy(() -> ana.associateWith(contoso, DAY, someoneElse, POLICY))
        .isInstanceOfSatisfying(
            NotPermittedException.class, e -> assertThat(e.code()).isEqualTo("only-the-person"));
    assertThatThrownBy(() -> ana.associateWith(contoso, DAY, null, POLICY))
        .isInstanceOf(NotPermittedException.class);
    assertThat(ana.associations()).isEmpty();
  }

  @Test
  void R3_onlyThePersonCanLeave() {
    ana.associateWith(contoso, DAY, ana.id(), POLICY);

    assertThatThrownBy(() -> ana.leave(DAY.plusDays(1), PersonId.newId()))
        .isInstanceOfSatisfying(
            NotPermittedException.class, e -> assertThat(e.code()).isEqualTo("only-the-person"));
    assertThat(ana.currentOrganization()).contains(contoso);
  }

  @Test
  void R3_leavingSaysWhichOrganizationThePersonLeftWithReasonLeft() {
    ana.associateWith(contoso, DAY, ana.id(), POLICY);

    AssociationChange change = ana.leave(DAY.plusDays(3), ana.id());

    assertThat(change.left())
        .contains(new AssociationChange.Departure(contoso, AssociationEnd.LEFT));
    assertThat(change.joined()).isEmpty();
    assertThat(change.day()).isEqualTo(DAY.plusDays(3));
    assertThat(ana.currentOrganization()).isEmpty();
  }

  @Test
  void R3_leavingWithoutAnOrganizationIsAConflict() {
    assertThatThrownBy(() -> ana.leave(DAY, ana.id()))
        .isInstanceOfSatisfying(
            StateConflictException.class, e -> assertThat(e.code()).isEqualTo("not-associated"));
  }

  @Test
  void R3_associatingAgainWithTheCurrentOrganizationIsAConflict() {
    ana.associateWith(contoso, DAY, ana.id(), POLICY);

    assertThatThrownBy(() -> ana.associateWith(contoso, DAY.plusDays(60), ana.id(), POLICY))
        .isInstanceOfSatisfying(
            StateConflictException.class,
            e -> assertThat(e.code()).isEqualTo("already-associated"));
    assertThat(ana.associations()).hasSize(1);
  }

  @Test
  void R3_leavingIsNeverLimited() {
    AssociationPolicy strict = new AssociationPolicy(1, Period.ofYears(1), Period.ofDays(90));
    ana.associateWith(contoso, DAY, ana.id(), strict);

    AssociationChange sameDay = ana.leave(DAY, ana.id());

    assertThat(sameDay.left()).isPresent();
    assertThat(ana.associations())
        .containsExactly(new Association(contoso, DAY, DAY, AssociationEnd.LEFT));
  }

  @Test
  void R3_adminCanRemoveAPersonWhoLeft() {
    ana.associateWith(contoso, DAY, ana.id(), POLICY);

    AssociationChange change = ana.removeFrom(contoso, DAY.plusDays(10));

    assertThat(change.left())
        .contains(new AssociationChange.Departure(contoso, AssociationEnd.REMOVED_BY_ADMIN));
    assertThat(ana.currentOrganization()).isEmpty();
    assertThat(ana.associations().getLast().end()).isEqualTo(AssociationEnd.REMOVED_BY_ADMIN);
  }

  @Test
  void R3_anAdminCannotRemoveSomeoneFromAnotherOrganization() {
    ana.associateWith(fabrikam, DAY, ana.id(), POLICY);

    assertThatThrownBy(() -> ana.removeFrom(contoso, DAY.plusDays(1)))
        .isInstanceOfSatisfying(
            StateConflictException.class, e -> assertThat(e.code()).isEqualTo("not-associated"));
    assertThat(ana.currentOrganization()).contains(fabrikam);
  }

  @Test
  void R3_aChangeDatedBeforeTheLastOneIsRefused() {
    ana.associateWith(contoso, DAY, ana.id(), POLICY);
    ana.leave(DAY.plusDays(40), ana.id());

    assertThatThrownBy(() -> ana.associateWith(fabrikam, DAY.plusDays(39), ana.id(), POLICY))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("change-before-last-association");
              assertThat(e.getMessage()).endsWith(DAY.plusDays(40).toString());
            });
    assertThat(ana.associations()).hasSize(1);
  }

  @Test
  void R3_leavingBeforeJoiningIsRefused() {
    ana.associateWith(contoso, DAY, ana.id(), POLICY);

    assertThatThrownBy(() -> ana.leave(DAY.minusDays(1), ana.id()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo("change-before-last-association"));
    assertThatThrownBy(() -> ana.removeFrom(contoso, DAY.minusDays(1)))
        .isInstanceOf(RuleViolationException.class);
    assertThat(ana.currentOrganization()).contains(contoso);
  }

  @Test
  void R3_aRestoredPersonKeepsItsHistoryAndVersion() {
    List<Association> history =
        List.of(
            new Association(contoso, DAY, DAY.plusDays(30), AssociationEnd.MOVED),
            new Association(fabrikam, DAY.plusDays(30), null, null));

    Person restored = Person.restore(ana.id(), "Ana Souza", ana.email(), history, 7);

    assertThat(restored.associations()).isEqualTo(history);
    assertThat(restored.currentOrganization()).contains(fabrikam);
    assertThat(restored.version()).contains(7L);
  }

  @Test
  void R3_aStoredHistoryWithTwoOpenAssociationsIsRejected() {
    List<Association> twoOpen =
        List.of(
            new Association(contoso, DAY, null, null), new Association(fabrikam, DAY, null, null));

    assertThatThrownBy(() -> Person.restore(ana.id(), "Ana", ana.email(), twoOpen, 0))
        .hasMessageContaining("at most one organization");
  }
}
