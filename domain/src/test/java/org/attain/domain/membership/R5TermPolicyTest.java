package org.attain.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R5: both term rules at their edges: last day, renewal days and window, 29 February. */
class R5TermPolicyTest {

  private static final TermPolicy ANNIVERSARY = TermPolicy.ANNIVERSARY;
  private static final TermPolicy CALENDAR_YEAR = TermPolicy.CALENDAR_YEAR;

  @Test
  void R5_anAnniversaryTermCoversOneYearUpToTheDayBeforeTheAnniversary() {
    MembershipTerm term = ANNIVERSARY.termStartingOn(date("2025-03-15"));

    assertThat(term)
        .isEqualTo(
            new MembershipTerm(
                date("2025-03-15"), date("2026-03-14"), date("2026-02-13"), date("2026-04-13")));
    assertThat(term.nextStart()).isEqualTo(date("2026-03-15"));
  }

  @Test
  void R5_theMembershipHoldsThroughTheLastDayOfTheRenewalWindowAndNotAfter() {
    MembershipTerm term = ANNIVERSARY.termStartingOn(date("2025-03-15"));

    assertThat(term.intactOn(date("2025-03-14"))).as("before the start").isFalse();
    assertThat(term.intactOn(date("2025-03-15"))).as("first day").isTrue();
    assertThat(term.intactOn(date("2026-03-14"))).as("last day of the term").isTrue();
    assertThat(term.inRenewalWindowOn(date("2026-03-14"))).isFalse();
    assertThat(term.intactOn(date("2026-03-15"))).as("anniversary: window's first day").isTrue();
    assertThat(term.inRenewalWindowOn(date("2026-03-15"))).isTrue();
    assertThat(term.inRenewalWindowOn(date("2026-04-13"))).as("window's 30th day").isTrue();
    assertThat(term.intactOn(date("2026-04-14"))).as("the day after the window").isFalse();
    assertThat(term.inRenewalWindowOn(date("2026-04-14"))).isFalse();
  }

  @Test
  void R5_renewalOpensThirtyDaysBeforeTheAnniversaryAndClosesWithTheWindow() {
    MembershipTerm term = ANNIVERSARY.termStartingOn(date("2025-03-15"));

    assertThat(term.renewableOn(date("2026-02-12"))).isFalse();
    assertThat(term.renewableOn(date("2026-02-13"))).isTrue();
    assertThat(term.renewableOn(date("2026-04-13"))).isTrue();
    assertThat(term.renewableOn(date("2026-04-14"))).isFalse();
  }

  @Test
  void R5_daysLeftCountTheDayItselfAndEndAtZeroAfterTheLastDay() {
    MembershipTerm term = ANNIVERSARY.termStartingOn(date("2025-03-15"));

    assertThat(term.daysLeftOn(date("2025-03-15"))).isEqualTo(365);
    assertThat(term.daysLeftOn(date("2026-03-14"))).isEqualTo(1);
    assertThat(term.daysLeftOn(date("2026-03-15"))).isZero();
    assertThat(term.daysLeftOn(date("2025-01-01"))).as("before it starts").isEqualTo(365);
  }

  @ParameterizedTest(name = "bought {0} ends {1}")
  @CsvSource({
    "2028-02-28, 2029-02-27",
    "2028-02-29, 2029-02-28",
    "2028-03-01, 2029-02-28",
    "2027-02-28, 2028-02-27",
    "2027-03-01, 2028-02-29",
    "2024-02-29, 2025-02-28"
  })
  void R5_anAnniversaryTermBoughtOn29FebruaryEndsOn28February(String bought, String ends) {
    assertThat(ANNIVERSARY.termStartingOn(date(bought)).endsOn()).isEqualTo(date(ends));
  }

  @Test
  void R5_the29FebruaryAnniversaryInACommonYearIs1March() {
    MembershipTerm term = ANNIVERSARY.termStartingOn(date("2028-02-29"));

    assertThat(term.nextStart()).isEqualTo(date("2029-03-01"));
    assertThat(term.daysLeftOn(date("2028-02-29"))).isEqualTo(366);
    assertThat(term.renewalWindowEndsOn()).isEqualTo(date("2029-03-30"));
    assertThat(ANNIVERSARY.termStartingOn(term.nextStart()).endsOn()).isEqualTo(date("2030-02-28"));
  }

  @Test
  void R5_aCalendarYearTermEndsOn31DecemberOfTheYearOfPurchase() {
    MembershipTerm term = CALENDAR_YEAR.termStartingOn(date("2025-03-15"));

    assertThat(term)
        .isEqualTo(
            new MembershipTerm(
                date("2025-03-15"), date("2025-12-31"), date("2025-12-02"), date("2025-12-31")));
    assertThat(term.intactOn(date("2025-12-31"))).as("the last day").isTrue();
    assertThat(term.inRenewalWindowOn(date("2025-12-31"))).isFalse();
    assertThat(term.intactOn(date("2026-01-01"))).as("no window after it").isFalse();
    assertThat(term.renewableOn(date("2025-12-01"))).isFalse();
    assertThat(term.renewableOn(date("2025-12-02"))).isTrue();
    assertThat(term.renewableOn(date("2026-01-01"))).isFalse();
  }

  @Test
  void R5_aCalendarYearTermRenewedRunsTheWholeNextYear() {
    MembershipTerm term = CALENDAR_YEAR.termStartingOn(date("2025-03-15"));

    assertThat(CALENDAR_YEAR.termStartingOn(term.nextStart()))
        .isEqualTo(
            new MembershipTerm(
                date("2026-01-01"), date("2026-12-31"), date("2026-12-02"), date("2026-12-31")));
  }

  @Test
  void R5_aCalendarYearTermBoughtLateIsShortAndRenewableAtOnce() {
    MembershipTerm lastDay = CALENDAR_YEAR.termStartingOn(date("2025-12-31"));
    MembershipTerm december = CALENDAR_YEAR.termStartingOn(date("2025-12-20"));

    assertThat(lastDay.endsOn()).isEqualTo(date("2025-12-31"));
    assertThat(lastDay.daysLeftOn(date("2025-12-31"))).isEqualTo(1);
    assertThat(december.renewableFrom()).as("never before the start").isEqualTo(date("2025-12-20"));
  }

  @Test
  void R5_29FebruaryIsAnOrdinaryDayUnderTheCalendarYearRule() {
    assertThat(CALENDAR_YEAR.termStartingOn(date("2028-02-29")).endsOn())
        .isEqualTo(date("2028-12-31"));
  }

  @Test
  void R5_theRenewalDaysArePolicyValues() {
    TermPolicy early = new AnniversaryPolicy(new RenewalWindow(90, 0));

    MembershipTerm term = early.termStartingOn(date("2025-03-15"));

    assertThat(term.renewableFrom()).isEqualTo(date("2025-12-15"));
    assertThat(term.renewalWindowEndsOn()).isEqualTo(term.endsOn());
  }

  @Test
  void R5_aRenewalWindowMustLeaveADayToRenew() {
    assertThatThrownBy(() -> new RenewalWindow(0, 0))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("renewalWindow"));
    assertThatThrownBy(() -> new RenewalWindow(-1, 30))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("opensDaysBefore"));
    assertThat(new RenewalWindow(0, 1).daysAfter()).isEqualTo(1);
  }

  @Test
  void R5_aTermsDaysMustBeInOrder() {
    assertThatThrownBy(
            () ->
                new MembershipTerm(
                    date("2025-03-15"), date("2025-03-14"), date("2025-03-15"), date("2025-03-15")))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
    assertThatThrownBy(
            () ->
                new MembershipTerm(
                    date("2025-03-15"), date("2026-03-14"), date("2026-03-15"), date("2026-03-14")))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("renewableFrom"));
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
