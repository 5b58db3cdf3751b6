package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;
import static org.attain.application.service.Programme.self;

import java.util.List;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.NotFoundException;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ChangeAssociation;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Association;
import org.attain.domain.person.AssociationEnd;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.NotPermittedException;
import org.attain.domain.shared.RuleViolationException;
import org.attain.domain.shared.StateConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R3 through the use case: associating, leaving and removing, as of the programme's today. */
class ChangeAssociationServiceTest {

  private final Programme programme = new Programme();
  private final ChangeAssociation service = programme.associations;
  private final Organization contoso = programme.organization("Contoso");
  private final Organization fabrikam = programme.organization("Fabrikam");
  private final Person ana = programme.person("Ana Souza");

  @BeforeEach
  void aCatalogInForce() {
    programme.stores.catalogs.add(CloudPlatformCatalog.version(1, TODAY.minusYears(1)));
  }

  @Test
  void aPersonAssociatesWithAnOrganizationFromToday() {
    Person saved = service.associate(self(ana), ana.id(), contoso.id());

    assertThat(saved.associations())
        .containsExactly(new Association(contoso.id(), TODAY, null, null));
    assertThat(saved.version()).contains(1L);
    assertThat(stored(ana).currentOrganization()).contains(contoso.id());
    assertThat(told())
        .containsExactly(
            new Told(contoso.id(), new ChangeCause.PersonJoined(ana.id(), ana.name())));
  }

  @Test
  void movingToAnotherOrganizationLeavesThePreviousOneAndSaysSo() {
    programme.associated(ana, contoso);
    programme.reevaluated.clear();
    programme.stores.clock.advanceDays(30);

    Person moved = service.associate(self(ana), ana.id(), fabrikam.id());

    assertThat(moved.currentOrganization()).contains(fabrikam.id());
    assertThat(told())
        .containsExactly(
            new Told(
                contoso.id(),
                new ChangeCause.PersonLeft(ana.id(), ana.name(), AssociationEnd.MOVED)),
            new Told(fabrikam.id(), new ChangeCause.PersonJoined(ana.id(), ana.name())));
    assertThat(stored(ana).associations())
        .containsExactly(
            new Association(contoso.id(), TODAY, TODAY.plusDays(30), AssociationEnd.MOVED),
            new Association(fabrikam.id(), TODAY.plusDays(30), null, null));
  }

  @Test
  void onlyThePersonMayAssociateTheirAchievements() {
    Person bruno = programme.person("Bruno Lima");

    for (Actor someoneElse : List.<Actor>of(self(bruno), AGENT, adminOf(contoso))) {
      assertThatThrownBy(() -> service.associate(someoneElse, ana.id(), contoso.id()))
          .isInstanceOfSatisfying(
              NotPermittedException.class, e -> assertThat(e.code()).isEqualTo("only-the-person"));
    }
    assertNothingChangedFor(ana);
  }

  @Test
  void associatingWithAnUnknownOrganizationIsNotFound() {
    OrganizationId unknown = OrganizationId.newId();

    assertThatThrownBy(() -> service.associate(self(ana), ana.id(), unknown))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("organization-not-found"));
    assertNothingChangedFor(ana);
  }

  @Test
  void changingTheAssociationOfAnUnknownPersonIsNotFound() {
    PersonId unknown = PersonId.newId();
    Actor them = new Actor.PersonAccount(unknown);

    assertThatThrownBy(() -> service.associate(them, unknown, contoso.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("person-not-found"));
    assertThatThrownBy(() -> service.leave(them, unknown)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.remove(adminOf(contoso), contoso.id(), unknown))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aChangeThePolicyRefusesSavesAndAnnouncesNothing() {
    programme.associated(ana, contoso);
    programme.reevaluated.clear();
    programme.stores.clock.advanceDays(29);

    assertThatThrownBy(() -> service.associate(self(ana), ana.id(), fabrikam.id()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo("association-too-soon"));

    assertThat(stored(ana).currentOrganization()).contains(contoso.id());
    assertThat(stored(ana).version()).contains(1L);
    assertThat(programme.reevaluated).isEmpty();
  }

  @Test
  void theFourthAssociationWithinTwelveMonthsIsRefusedUntilTheFirstFallsOutOfTheWindow() {
    Organization northwind = programme.organization("Northwind");
    programme.associated(ana, contoso);
    programme.stores.clock.advanceDays(30);
    programme.associated(ana, fabrikam);
    programme.stores.clock.advanceDays(30);
    programme.associated(ana, northwind);
    programme.stores.clock.set(TODAY.plusYears(1).minusDays(1));

    assertThatThrownBy(() -> service.associate(self(ana), ana.id(), contoso.id()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e)
                    .hasFieldOrPropertyWithValue("code", "association-limit-reached")
                    .hasMessageEndingWith(TODAY.plusYears(1).toString()));
    programme.stores.clock.set(TODAY.plusYears(1));

    assertThat(service.associate(self(ana), ana.id(), contoso.id()).associations()).hasSize(4);
  }

  @Test
  void aPersonLeavesTheirOrganizationToday() {
    programme.associated(ana, contoso);
    programme.reevaluated.clear();
    programme.stores.clock.advanceDays(3);

    Person left = service.leave(self(ana), ana.id());

    assertThat(left.currentOrganization()).isEmpty();
    assertThat(stored(ana).currentOrganization()).isEmpty();
    assertThat(told())
        .containsExactly(
            new Told(
                contoso.id(),
                new ChangeCause.PersonLeft(ana.id(), ana.name(), AssociationEnd.LEFT)));
  }

  @Test
  void leavingIsNotLimitedByThePolicy() {
    programme.associated(ana, contoso);

    assertThat(service.leave(self(ana), ana.id()).associations())
        .containsExactly(new Association(contoso.id(), TODAY, TODAY, AssociationEnd.LEFT));
  }

  @Test
  void onlyThePersonMayLeave() {
    programme.associated(ana, contoso);

    assertThatThrownBy(() -> service.leave(adminOf(contoso), ana.id()))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> service.leave(AGENT, ana.id()))
        .isInstanceOf(NotPermittedException.class);
    assertThat(stored(ana).currentOrganization()).contains(contoso.id());
  }

  @Test
  void leavingWithoutAnOrganizationIsAConflict() {
    assertThatThrownBy(() -> service.leave(self(ana), ana.id()))
        .isInstanceOfSatisfying(
            StateConflictException.class, e -> assertThat(e.code()).isEqualTo("not-associated"));
    assertNothingChangedFor(ana);
  }

  @Test
  void anAdminRemovesAPersonWhoLeftTheirCompany() {
    programme.associated(ana, contoso);
    programme.reevaluated.clear();

    Person removed = service.remove(adminOf(contoso), contoso.id(), ana.id());

    assertThat(removed.associations())
        .containsExactly(
            new Association(contoso.id(), TODAY, TODAY, AssociationEnd.REMOVED_BY_ADMIN));
    assertThat(told())
        .containsExactly(
            new Told(
                contoso.id(),
                new ChangeCause.PersonLeft(ana.id(), ana.name(), AssociationEnd.REMOVED_BY_ADMIN)));
  }

  @Test
  void onlyAnAdminOfThatOrganizationMayRemoveSomeone() {
    programme.associated(ana, contoso);

    for (Actor notItsAdmin : List.<Actor>of(adminOf(fabrikam), AGENT, self(ana))) {
      assertThatThrownBy(() -> service.remove(notItsAdmin, contoso.id(), ana.id()))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(stored(ana).currentOrganization()).contains(contoso.id());
  }

  @Test
  void anAdminCannotRemoveSomeoneWhoIsNotInTheirOrganization() {
    programme.associated(ana, fabrikam);
    programme.reevaluated.clear();

    assertThatThrownBy(() -> service.remove(adminOf(contoso), contoso.id(), ana.id()))
        .isInstanceOfSatisfying(
            StateConflictException.class, e -> assertThat(e.code()).isEqualTo("not-associated"));
    assertThat(stored(ana).currentOrganization()).contains(fabrikam.id());
    assertThat(programme.reevaluated).isEmpty();
  }

  @Test
  void whenTheReevaluationFailsThePersonIsNotChangedEither() {
    programme.failReevaluationsWith(new IllegalStateException("store unavailable"));

    assertThatThrownBy(() -> service.associate(self(ana), ana.id(), contoso.id()))
        .isInstanceOf(IllegalStateException.class);

    assertNothingChangedFor(ana);
    assertThat(programme.stores.unitOfWork.rolledBack()).isEqualTo(1);
  }

  private record Told(OrganizationId organization, ChangeCause cause) {}

  /** The organizations the re-evaluation pipeline was told of, with the cause, in order. */
  private List<Told> told() {
    return programme.reevaluated.stream()
        .map(r -> new Told(r.organization().id(), r.cause()))
        .toList();
  }

  private Person stored(Person person) {
    return programme.stores.persons.findById(person.id()).orElseThrow();
  }

  private void assertNothingChangedFor(Person person) {
    assertThat(stored(person).associations()).isEqualTo(person.associations());
    assertThat(stored(person).version()).isEqualTo(person.version());
    assertThat(programme.reevaluated).isEmpty();
  }
}
