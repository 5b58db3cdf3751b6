package org.attain.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.InvalidValueException;
import org.attain.domain.shared.RuleViolationException;
import org.attain.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R8: open, then accepted (won or lost) or declined; unanswered for 14 days, expired. */
class R8ReferralLifecycleTest {

  private static final LocalDate RECEIVED = LocalDate.of(2025, 1, 1);
  private static final LocalDate LAST_DAY_TO_ANSWER = LocalDate.of(2025, 1, 15);
  private static final CustomerContact CUSTOMER =
      new CustomerContact("Rita Lopes", new EmailAddress("rita@fabrikam.example"), null);

  private final Referral referral =
      Referral.send(
          OrganizationId.newId(),
          CUSTOMER,
          "Move our ERP to the cloud.",
          CompanySize.MEDIUM,
          RECEIVED);

  @Test
  void R8_aNewReferralIsOpenAndCanBeAnsweredFor14DaysAfterTheDayItCame() {
    assertThat(referral.status()).isEqualTo(ReferralStatus.OPEN);
    assertThat(referral.receivedOn()).isEqualTo(RECEIVED);
    assertThat(referral.statusChangedOn()).isEqualTo(RECEIVED);
    assertThat(referral.answerBy()).isEqualTo(LAST_DAY_TO_ANSWER);
    assertThat(referral.version()).isEmpty();
  }

  @Test
  void R8_anAcceptedReferralEndsWonOrLost() {
    referral.accept(RECEIVED.plusDays(2));
    referral.markWon(RECEIVED.plusDays(40));

    assertThat(referral.status()).isEqualTo(ReferralStatus.WON);
    assertThat(referral.statusChangedOn()).isEqualTo(RECEIVED.plusDays(40));

    Referral other = sent();
    other.accept(RECEIVED);
    other.markLost(RECEIVED.plusDays(3));
    assertThat(other.status()).isEqualTo(ReferralStatus.LOST);
  }

  @Test
  void R8_anOpenReferralCanBeDeclined() {
    referral.decline(RECEIVED.plusDays(1));

    assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
    assertThat(referral.status().isFinal()).isTrue();
  }

  @Test
  void R8_illegalTransitionsAreConflictsWithStableCodes() {
    assertConflict(r -> r.markWon(RECEIVED), sent(), "referral-not-accepted");
    assertConflict(r -> r.markLost(RECEIVED), sent(), "referral-not-accepted");

    Referral accepted = sent();
    accepted.accept(RECEIVED);
    assertConflict(r -> r.accept(RECEIVED), accepted, "referral-not-open");
    assertConflict(r -> r.decline(RECEIVED), accepted, "referral-not-open");

    Referral declined = sent();
    declined.decline(RECEIVED);
    assertConflict(r -> r.accept(RECEIVED), declined, "referral-not-open");
    assertConflict(r -> r.markWon(RECEIVED), declined, "referral-not-accepted");

    Referral won = sent();
    won.accept(RECEIVED);
    won.markWon(RECEIVED);
    assertConflict(r -> r.markLost(RECEIVED), won, "referral-not-accepted");
  }

  @Test
  void R8_onTheFourteenthDayAfterItCameTheReferralIsStillOpen() {
    assertThat(referral.expireIfUnanswered(LAST_DAY_TO_ANSWER)).isFalse();
    assertThat(referral.status()).isEqualTo(ReferralStatus.OPEN);

    referral.accept(LAST_DAY_TO_ANSWER);

    assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
  }

  @Test
  void R8_theDayAfterItExpires() {
    assertThat(referral.expireIfUnanswered(LAST_DAY_TO_ANSWER.plusDays(1))).isTrue();

    assertThat(referral.status()).isEqualTo(ReferralStatus.EXPIRED);
    assertThat(referral.statusChangedOn()).isEqualTo(LocalDate.of(2025, 1, 16));
    assertThat(referral.expireIfUnanswered(LAST_DAY_TO_ANSWER.plusDays(2)))
        .as("expires once")
        .isFalse();
    assertConflict(r -> r.accept(LAST_DAY_TO_ANSWER.plusDays(2)), referral, "referral-not-open");
  }

  @Test
  void R8_anExpiryNoticedLateIsDatedTheDayItHappened() {
    referral.expireIfUnanswered(LocalDate.of(2025, 3, 1));

    assertThat(referral.statusChangedOn()).isEqualTo(LocalDate.of(2025, 1, 16));
  }

  @Test
  void R8_anOpenReferralPastItsLastDayCannotBeAnsweredEvenBeforeItIsMarkedExpired() {
    assertConflict(r -> r.accept(LAST_DAY_TO_ANSWER.plusDays(1)), referral, "referral-expired");
    assertConflict(r -> r.decline(LAST_DAY_TO_ANSWER.plusDays(1)), referral, "referral-expired");
    assertThat(referral.status()).isEqualTo(ReferralStatus.OPEN);
  }

  @Test
  void R8_anAnsweredReferralNeverExpires() {
    referral.accept(RECEIVED.plusDays(1));

    assertThat(referral.expireIfUnanswered(RECEIVED.plusDays(100))).isFalse();
    assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
    referral.markLost(RECEIVED.plusDays(100));
    assertThat(referral.status()).isEqualTo(ReferralStatus.LOST);
  }

  @Test
  void R8_aChangeCannotTakeEffectBeforeTheLastOne() {
    referral.accept(RECEIVED.plusDays(5));

    assertThatThrownBy(() -> referral.markWon(RECEIVED.plusDays(4)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo("referral-change-before-last"));
  }

  @Test
  void R8_theNeedIsAtMost2000CharactersAndMaySpanLines() {
    assertThat(send("Line one\r\nLine two").need()).isEqualTo("Line one\nLine two");
    assertThat(send("n".repeat(2000)).need()).hasSize(2000);
    assertRefused(() -> send("n".repeat(2001)), "need");
    assertRefused(() -> send(" "), "need");
  }

  @Test
  void R8_theContactNeedsAnEmailOrAPhoneNumber() {
    assertThat(
            new CustomerContact("Rita", null, new PhoneNumber("+351 21 000 0000")).phoneIfGiven())
        .isPresent();
    assertRefused(() -> new CustomerContact("Rita", null, null), "contact");
    assertRefused(() -> new CustomerContact(" ", CUSTOMER.email(), null), "contact.name");
  }

  @Test
  void R8_theContactMayNameTheCustomersCompanyOfAtMost200Characters() {
    CustomerContact contact =
        new CustomerContact("Rita", CUSTOMER.email(), null, "  Fabrikam Ltd. ");

    assertThat(contact.companyIfGiven()).contains("Fabrikam Ltd.");
    assertThat(CUSTOMER.companyIfGiven()).isEmpty();
    assertRefused(
        () -> new CustomerContact("Rita", CUSTOMER.email(), null, "c".repeat(201)),
        "contact.company");
    assertRefused(
        () -> new CustomerContact("Rita", CUSTOMER.email(), null, " "), "contact.company");
  }

  @Test
  void R8_theReferralsToExpireAreTheOpenOnesReceivedMoreThan14DaysAgo() {
    LocalDate today = LAST_DAY_TO_ANSWER.plusDays(1);
    LocalDate cutoff = Referral.expiresIfReceivedBefore(today);

    assertThat(RECEIVED).isBefore(cutoff);
    assertThat(referral.expireIfUnanswered(today)).isTrue();
    Referral receivedOnCutoff =
        Referral.send(OrganizationId.newId(), CUSTOMER, "Same need", CompanySize.SMALL, cutoff);
    assertThat(receivedOnCutoff.expireIfUnanswered(today)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12345",
        "+351 21 000 0000 0000 0",
        "call me",
        "+1 555 0100 ext 1",
        "++351210000000"
      })
  void R8_aPhoneNumberIs6To15DigitsWithUsualSeparators(String phone) {
    assertRefused(() -> new PhoneNumber(phone), "phone");
  }

  @Test
  void R8_commonPhoneNumberShapesAreAccepted() {
    assertThat(new PhoneNumber("(11) 5555-0100").value()).isEqualTo("(11) 5555-0100");
    assertThat(new PhoneNumber("+1.425.555.0100").value()).isEqualTo("+1.425.555.0100");
  }

  @Test
  void R8_aRestoredReferralKeepsItsState() {
    Referral restored =
        Referral.restore(
            referral.id(),
            referral.organization(),
            CUSTOMER,
            referral.need(),
            CompanySize.MEDIUM,
            RECEIVED,
            ReferralStatus.ACCEPTED,
            RECEIVED.plusDays(1),
            4);

    assertThat(restored.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(restored.version()).contains(4L);
    assertRefused(
        () ->
            Referral.restore(
                referral.id(),
                referral.organization(),
                CUSTOMER,
                "need",
                CompanySize.SMALL,
                RECEIVED,
                ReferralStatus.OPEN,
                RECEIVED.minusDays(1),
                1),
        "statusChangedOn");
  }

  private static Referral sent() {
    return send("Need help with Office 365.");
  }

  private static Referral send(String need) {
    return Referral.send(OrganizationId.newId(), CUSTOMER, need, CompanySize.SMALL, RECEIVED);
  }

  private static void assertConflict(Consumer<Referral> change, Referral referral, String code) {
    assertThatThrownBy(() -> change.accept(referral))
        .isInstanceOfSatisfying(
            StateConflictException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  private static void assertRefused(Runnable build, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
