package org.attain.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Stream;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.InvalidValueException;
import org.attain.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R3's programme policy: at most 3 associations in 12 months, 30 days apart; configurable. */
class R3AssociationPolicyTest {

  private static final AssociationPolicy DEFAULT = AssociationPolicy.PROGRAMME_DEFAULT;
  private static final AssociationPolicy UNLIMITED =
      new AssociationPolicy(Integer.MAX_VALUE, Period.ZERO, Period.ZERO);

  @Test
  void R3_theProgrammeDefaultIsThreeIn12MonthsAnd30DaysApart() {
    assertThat(DEFAULT.maxAssociations()).isEqualTo(3);
    assertThat(DEFAULT.window()).isEqualTo(Period.ofMonths(12));
    assertThat(DEFAULT.minimumGap()).isEqualTo(Period.ofDays(30));
  }

  @Test
  void R3_atMostThreeAssociationsIn12Months() {
    Person person = associatedOn(date("2025-01-01"), date("2025-03-01"), date("2025-06-01"));

    assertThatThrownBy(() -> associate(person, date("2025-12-31"), DEFAULT))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("association-limit-reached");
              assertThat(e.getMessage()).contains("at most 3 times").endsWith("2026-01-01");
            });
    assertThat(person.associations()).hasSize(3);
  }

  @Test
  void R3_theFourthAssociationIsAllowedExactlyWhenTheEarliestLeavesTheWindow() {
    Person person = associatedOn(date("2025-01-01"), date("2025-03-01"), date("2025-06-01"));

    associate(person, date("2026-01-01"), DEFAULT);

    assertThat(person.associations()).hasSize(4);
  }

  @Test
  void R3_associationsOlderThanTheWindowDoNotCount() {
    Person person =
        associatedOn(
            date("2023-01-01"), date("2023-02-01"), date("2023-03-01"), date("2023-04-01"));

    associate(person, date("2025-01-01"), DEFAULT);
    associate(person, date("2025-02-01"), DEFAULT);
    associate(person, date("2025-03-03"), DEFAULT);

    assertThat(person.associations()).hasSize(7);
  }

  @Test
  void R3_thirtyDaysBetweenTwoChanges() {
    Person person = associatedOn(date("2025-01-01"));

    assertThatThrownBy(() -> associate(person, date("2025-01-30"), DEFAULT))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("association-too-soon");
              assertThat(e.getMessage()).endsWith("2025-01-31");
            });
    associate(person, date("2025-01-31"), DEFAULT);

    assertThat(person.associations()).hasSize(2);
  }

  @Test
  void R3_thirtyDaysCountFromTheLastAssociationEvenAfterLeaving() {
    Person person = associatedOn(date("2025-01-01"));
    person.leave(date("2025-01-10"), person.id());

    assertThatThrownBy(() -> associate(person, date("2025-01-20"), DEFAULT))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo("association-too-soon"));
    associate(person, date("2025-01-31"), DEFAULT);
  }

  @Test
  void R3_policyIsConfigurable() {
    AssociationPolicy custom = new AssociationPolicy(2, Period.ofMonths(6), Period.ofDays(10));
    Person person = associatedOn(date("2025-01-01"));

    assertThatThrownBy(() -> associate(person, date("2025-01-10"), custom))
        .hasFieldOrPropertyWithValue("code", "association-too-soon");
    associate(person, date("2025-01-11"), custom);
    assertThatThrownBy(() -> associate(person, date("2025-06-30"), custom))
        .hasFieldOrPropertyWithValue("code", "association-limit-reached")
        .hasMessageEndingWith("2025-07-01");
    associate(person, date("2025-07-01"), custom);
  }

  @Test
  void R3_aPolicyCanBeLiftedEntirely() {
    Person person = associatedOn(date("2025-01-01"));

    associate(person, date("2025-01-01"), UNLIMITED);
    associate(person, date("2025-01-02"), UNLIMITED);

    assertThat(person.associations()).hasSize(3);
  }

  @Test
  void R3_aPolicyMustBeSound() {
    assertThatThrownBy(() -> new AssociationPolicy(0, Period.ofMonths(12), Period.ofDays(30)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("maxAssociations"));
    assertThatThrownBy(() -> new AssociationPolicy(3, Period.ofMonths(-1), Period.ofDays(30)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("window"));
    assertThatThrownBy(() -> new AssociationPolicy(3, Period.ofMonths(12), Period.ofDays(-1)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("minimumGap"));
    assertThatThrownBy(() -> new AssociationPolicy(3, null, Period.ofDays(30)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void R3_leavingIsNeverLimited() {
    Person person = associatedOn(date("2025-01-01"), date("2025-02-01"), date("2025-03-05"));

    person.leave(date("2025-03-05"), person.id());

    assertThat(person.currentOrganization()).isEmpty();
  }

  @Test
  void R3_removalByAnAdminIsNeverLimited() {
    Person person = associatedOn(date("2025-01-01"), date("2025-02-01"), date("2025-03-05"));
    OrganizationId current = person.currentOrganization().orElseThrow();

    person.removeFrom(current, date("2025-03-05"));

    assertThat(person.currentOrganization()).isEmpty();
  }

  @Test
  void R3_aRefusedAssociationChangesNothing() {
    Person person = associatedOn(date("2025-01-01"));
    OrganizationId current = person.currentOrganization().orElseThrow();

    assertThatThrownBy(() -> associate(person, date("2025-01-02"), DEFAULT))
        .isInstanceOf(RuleViolationException.class);

    assertThat(person.currentOrganization()).contains(current);
    assertThat(person.associations()).hasSize(1);
  }

  /**
   * Whatever the history, the day a refusal names is the first day the association is accepted:
   * refused the day before, accepted that day. Month arithmetic at month ends is where it can slip.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void R3_theDayARefusalNamesIsTheFirstDayAccepted(
      String why, AssociationPolicy policy, LocalDate[] history, LocalDate tried) {
    Person person = associatedOn(history);

    RuleViolationException refusal =
        (RuleViolationException)
            org.assertj.core.api.Assertions.catchThrowable(() -> associate(person, tried, policy));
    assertThat(refusal).as(why).isNotNull();
    LocalDate named =
        LocalDate.parse(refusal.getMessage().substring(refusal.getMessage().length() - 10));

    assertThatThrownBy(() -> associate(person, named.minusDays(1), policy))
        .as("the day before %s", named)
        .isInstanceOf(RuleViolationException.class);
    associate(person, named, policy);
    assertThat(person.associations()).hasSize(history.length + 1);
  }

  static Stream<Arguments> histories() {
    return Stream.of(
        Arguments.of(
            "a plain year",
            DEFAULT,
            dates("2025-01-01", "2025-03-01", "2025-06-01"),
            date("2025-07-01")),
        Arguments.of(
            "the earliest started on 29 February",
            DEFAULT,
            dates("2024-02-29", "2024-04-01", "2024-05-01"),
            date("2024-12-01")),
        Arguments.of(
            "the earliest started on the 31st, with a one-month window",
            new AssociationPolicy(1, Period.ofMonths(1), Period.ZERO),
            dates("2025-03-31"),
            date("2025-04-15")),
        Arguments.of(
            "the window frees up before the gap has passed",
            DEFAULT,
            dates("2025-01-01", "2025-02-01", "2025-12-20"),
            date("2025-12-25")),
        Arguments.of("only the gap refuses", DEFAULT, dates("2025-01-01"), date("2025-01-02")),
        Arguments.of(
            "a longer history than the limit",
            DEFAULT,
            dates("2024-01-01", "2024-03-01", "2024-05-01", "2024-07-01", "2024-09-01"),
            date("2024-10-15")));
  }

  /** A person who associated with a new organization on each of {@code days}, in order. */
  private static Person associatedOn(LocalDate... days) {
    Person person = Person.register("Bruno Lima", new EmailAddress("bruno@example.com"));
    for (LocalDate day : days) {
      associate(person, day, UNLIMITED);
    }
    return person;
  }

  private static void associate(Person person, LocalDate day, AssociationPolicy policy) {
    person.associateWith(OrganizationId.newId(), day, person.id(), policy);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static LocalDate[] dates(String... isos) {
    return Stream.of(isos).map(LocalDate::parse).toArray(LocalDate[]::new);
  }
}
