package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;

import java.util.List;
import java.util.Optional;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.NotFoundException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ManageProfile;
import org.attain.application.port.in.ManageReferrals;
import org.attain.domain.organization.Organization;
import org.attain.domain.referral.CompanySize;
import org.attain.domain.referral.CustomerContact;
import org.attain.domain.referral.Referral;
import org.attain.domain.referral.ReferralStatus;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.InvalidValueException;
import org.attain.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

/** R8 through the use case: customers send referrals, admins answer them, ignored ones expire. */
class ManageReferralsServiceTest {

  private static final PageRequest FIRST_PAGE = new PageRequest(0, 20);

  private final Programme programme = new Programme();
  private final ManageReferrals referrals = programme.referrals;
  private final Organization contoso = withProfile("Contoso");

  @Test
  void R8_aCustomerSendsAReferralToAnOrganizationWithAProfileAndItIsOpenFrom14Days() {
    Referral sent = send(contoso, "Move our ERP to the cloud.");

    assertThat(sent.status()).isEqualTo(ReferralStatus.OPEN);
    assertThat(sent.receivedOn()).isEqualTo(TODAY);
    assertThat(sent.answerBy()).isEqualTo(TODAY.plusDays(14));
    assertThat(referrals.get(adminOf(contoso), contoso.id(), sent.id()).need())
        .isEqualTo("Move our ERP to the cloud.");
  }

  @Test
  void R8_aReferralToAnOrganizationWithoutAProfileIsNotFoundAndNothingIsStored() {
    Organization fabrikam = programme.organization("Fabrikam");

    assertThatThrownBy(() -> send(fabrikam, "Hello"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("profile-not-found"));
    assertThat(referrals.list(AGENT, fabrikam.id(), Optional.empty(), FIRST_PAGE).total()).isZero();
  }

  @Test
  void R8_itsAdminsAndAgentsListItsReferralsNewestFirstFilteredByStatus() {
    Referral older = send(contoso, "First");
    programme.stores.clock.advanceDays(1);
    Referral newer = send(contoso, "Second");
    send(withProfile("Fabrikam"), "Elsewhere");
    referrals.changeStatus(adminOf(contoso), contoso.id(), older.id(), ReferralStatus.DECLINED);

    Page<Referral> all =
        referrals.list(adminOf(contoso), contoso.id(), Optional.empty(), FIRST_PAGE);
    Page<Referral> declined =
        referrals.list(AGENT, contoso.id(), Optional.of(ReferralStatus.DECLINED), FIRST_PAGE);

    assertThat(all.items()).extracting(Referral::id).containsExactly(newer.id(), older.id());
    assertThat(declined.items()).extracting(Referral::id).containsExactly(older.id());
  }

  @Test
  void R8_anotherOrganizationsAdminOrAPersonMayNeitherReadNorAnswerTheReferrals() {
    Referral sent = send(contoso, "Need");
    Organization fabrikam = withProfile("Fabrikam");
    Actor.PersonAccount person = Programme.self(programme.person("Paula Pessoa"));

    for (Actor outsider : List.of(adminOf(fabrikam), person)) {
      assertThatThrownBy(() -> referrals.list(outsider, contoso.id(), Optional.empty(), FIRST_PAGE))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> referrals.get(outsider, contoso.id(), sent.id()))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(
              () ->
                  referrals.changeStatus(
                      outsider, contoso.id(), sent.id(), ReferralStatus.ACCEPTED))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(referrals.get(AGENT, contoso.id(), sent.id()).status())
        .isEqualTo(ReferralStatus.OPEN);
  }

  @Test
  void R8_aReferralReadThroughAnotherOrganizationIsNotFound() {
    Referral sent = send(contoso, "Need");
    Organization fabrikam = withProfile("Fabrikam");

    assertThatThrownBy(() -> referrals.get(adminOf(fabrikam), fabrikam.id(), sent.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("referral-not-found"));
  }

  @Test
  void R8_anAdminAcceptsAReferralThenMarksItWonOrLost() {
    Referral won = send(contoso, "One");
    Referral lost = send(contoso, "Two");

    answer(won, ReferralStatus.ACCEPTED);
    answer(lost, ReferralStatus.ACCEPTED);
    programme.stores.clock.advanceDays(30);
    Referral marked = answer(won, ReferralStatus.WON);
    answer(lost, ReferralStatus.LOST);

    assertThat(marked.status()).isEqualTo(ReferralStatus.WON);
    assertThat(marked.statusChangedOn()).isEqualTo(TODAY.plusDays(30));
    assertThat(referrals.get(AGENT, contoso.id(), lost.id()).status())
        .isEqualTo(ReferralStatus.LOST);
  }

  @Test
  void R8_aRefusedTransitionIsAConflictAndChangesNothing() {
    Referral declined = send(contoso, "Need");
    answer(declined, ReferralStatus.DECLINED);

    assertThatThrownBy(() -> answer(declined, ReferralStatus.WON))
        .isInstanceOfSatisfying(
            StateConflictException.class,
            e -> assertThat(e.code()).isEqualTo("referral-not-accepted"));
    assertThatThrownBy(() -> answer(declined, ReferralStatus.ACCEPTED))
        .isInstanceOf(StateConflictException.class);
    assertThat(referrals.get(AGENT, contoso.id(), declined.id()).status())
        .isEqualTo(ReferralStatus.DECLINED);
  }

  @Test
  void R8_openAndExpiredCannotBeAskedFor() {
    Referral sent = send(contoso, "Need");

    for (ReferralStatus status : List.of(ReferralStatus.OPEN, ReferralStatus.EXPIRED)) {
      assertThatThrownBy(() -> answer(sent, status))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }
  }

  @Test
  void R8_onThe14thDayAfterItCameAReferralIsNotExpiredAndCanStillBeAccepted() {
    Referral sent = send(contoso, "Need");
    programme.stores.clock.advanceDays(14);

    assertThat(referrals.expireUnanswered(programme.stores.clock.today())).isZero();

    assertThat(answer(sent, ReferralStatus.ACCEPTED).status()).isEqualTo(ReferralStatus.ACCEPTED);
  }

  @Test
  void R8_onThe15thDayTheExpiryExpiresItOnceAndItCanNoLongerBeAnswered() {
    Referral ignored = send(contoso, "Ignored");
    Referral answered = send(contoso, "Answered");
    answer(answered, ReferralStatus.ACCEPTED);
    programme.stores.clock.advanceDays(15);

    assertThat(referrals.expireUnanswered(programme.stores.clock.today())).isEqualTo(1);
    assertThat(referrals.expireUnanswered(programme.stores.clock.today())).isZero();

    Referral expired = referrals.get(AGENT, contoso.id(), ignored.id());
    assertThat(expired.status()).isEqualTo(ReferralStatus.EXPIRED);
    assertThat(expired.statusChangedOn()).isEqualTo(TODAY.plusDays(15));
    assertThat(referrals.get(AGENT, contoso.id(), answered.id()).status())
        .isEqualTo(ReferralStatus.ACCEPTED);
    assertThatThrownBy(() -> answer(ignored, ReferralStatus.ACCEPTED))
        .isInstanceOfSatisfying(
            StateConflictException.class, e -> assertThat(e.code()).isEqualTo("referral-not-open"));
  }

  @Test
  void R8_theExpiryGoesThroughMoreDueReferralsThanOneBatch() {
    int due = ManageReferralsService.EXPIRY_BATCH + 5;
    for (int i = 0; i < due; i++) {
      send(contoso, "Need " + i);
    }
    programme.stores.clock.advanceDays(20);

    assertThat(referrals.expireUnanswered(programme.stores.clock.today())).isEqualTo(due);
    assertThat(
            referrals
                .list(AGENT, contoso.id(), Optional.of(ReferralStatus.OPEN), FIRST_PAGE)
                .total())
        .isZero();
  }

  private Organization withProfile(String name) {
    Organization organization = programme.organization(name);
    programme.profiles.edit(
        adminOf(organization),
        organization.id(),
        new ManageProfile.Edit(name + " does cloud", List.of(), List.of(), null));
    return organization;
  }

  private Referral send(Organization organization, String need) {
    return referrals.send(
        organization.id(),
        new ManageReferrals.Send(
            new CustomerContact("Rita Lopes", new EmailAddress("rita@fabrikam.example"), null),
            need,
            CompanySize.MEDIUM));
  }

  private Referral answer(Referral referral, ReferralStatus status) {
    return referrals.changeStatus(
        adminOf(referral.organization()), referral.organization(), referral.id(), status);
  }
}
