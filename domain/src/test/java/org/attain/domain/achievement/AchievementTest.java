package org.attain.domain.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An achievement counts from the day it was earned through its last valid and credited days. */
class AchievementTest {

  private static final PersonId ANA = PersonId.newId();
  private static final AchievementCode EXAM_70_533 = new AchievementCode("70-533");
  private static final LocalDate EARNED = LocalDate.of(2024, 5, 20);

  @ParameterizedTest(name = "{0}: counts on {1}? {2}")
  @CsvSource({
    "the day before it was earned,   2024-05-19, false",
    "the day it was earned,          2024-05-20, true",
    "years later,                    2034-05-20, true"
  })
  void anAchievementWithoutEndCountsFromTheDayItWasEarned(
      String when, LocalDate day, boolean counts) {
    assertThat(achievement(null, null).countsOn(day)).isEqualTo(counts);
  }

  @ParameterizedTest(name = "{0}: counts on {1}? {2}")
  @CsvSource({
    "the day before expiry,     2026-05-19, true",
    "the expiry day itself,     2026-05-20, true",
    "the day after expiry,      2026-05-21, false"
  })
  void anExpiringAchievementCountsThroughItsExpiryDay(String when, LocalDate day, boolean counts) {
    assertThat(achievement(LocalDate.of(2026, 5, 20), null).countsOn(day)).isEqualTo(counts);
  }

  @ParameterizedTest(name = "{0}: counts on {1}? {2}")
  @CsvSource({
    "the last day of credit,      2025-06-30, true",
    "the day after credit ends,   2025-07-01, false"
  })
  void aRetiredExamCountsThroughItsEndOfCreditDay(String when, LocalDate day, boolean counts) {
    assertThat(achievement(null, LocalDate.of(2025, 6, 30)).countsOn(day)).isEqualTo(counts);
  }

  @ParameterizedTest(name = "{0}: counts on {1}? {2}")
  @CsvSource({
    "before the end of credit,           2025-06-30, true",
    "after credit ends but before expiry, 2025-07-01, false",
    "on the expiry day,                  2026-05-20, false"
  })
  void whicheverEndComesFirstStopsIt(String when, LocalDate day, boolean counts) {
    Achievement both = achievement(LocalDate.of(2026, 5, 20), LocalDate.of(2025, 6, 30));

    assertThat(both.countsOn(day)).isEqualTo(counts);
  }

  @Test
  void anAchievementValidForOneDayCountsOnThatDayOnly() {
    Achievement oneDay = achievement(EARNED, EARNED);

    assertThat(oneDay.countsOn(EARNED)).isTrue();
    assertThat(oneDay.countsOn(EARNED.plusDays(1))).isFalse();
    assertThat(oneDay.countsOn(EARNED.minusDays(1))).isFalse();
  }

  @Test
  void endDatesCannotPrecedeTheEarnedDay() {
    assertThatThrownBy(() -> achievement(EARNED.minusDays(1), null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("expiresOn"));
    assertThatThrownBy(() -> achievement(null, EARNED.minusDays(1)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("creditEndsOn"));
  }

  @Test
  void holderKindCodeAndEarnedDayAreRequired() {
    assertThatThrownBy(
            () -> Achievement.earned(null, AchievementKind.EXAM, EXAM_70_533, EARNED, null, null))
        .hasFieldOrPropertyWithValue("field", "personId");
    assertThatThrownBy(() -> Achievement.earned(ANA, null, EXAM_70_533, EARNED, null, null))
        .hasFieldOrPropertyWithValue("field", "kind");
    assertThatThrownBy(
            () -> Achievement.earned(ANA, AchievementKind.EXAM, null, EARNED, null, null))
        .hasFieldOrPropertyWithValue("field", "code");
    assertThatThrownBy(
            () -> Achievement.earned(ANA, AchievementKind.EXAM, EXAM_70_533, null, null, null))
        .hasFieldOrPropertyWithValue("field", "earnedOn");
  }

  @Test
  void optionalDatesAreOffered() {
    assertThat(achievement(null, null).expiry()).isEmpty();
    assertThat(achievement(null, null).endOfCredit()).isEmpty();
    assertThat(achievement(EARNED.plusYears(2), EARNED.plusYears(1)).expiry())
        .contains(EARNED.plusYears(2));
    assertThat(achievement(EARNED.plusYears(2), EARNED.plusYears(1)).endOfCredit())
        .contains(EARNED.plusYears(1));
  }

  @Test
  void theSameCodeEarnedTheSameDayByTheSamePersonIsADuplicate() {
    Achievement recorded = achievement(null, null);

    assertThat(recorded.duplicates(achievement(EARNED.plusYears(1), null))).isTrue();
    assertThat(
            recorded.duplicates(
                Achievement.earned(
                    ANA, AchievementKind.EXAM, EXAM_70_533, EARNED.plusDays(1), null, null)))
        .isFalse();
    assertThat(
            recorded.duplicates(
                Achievement.earned(
                    ANA, AchievementKind.EXAM, new AchievementCode("70-534"), EARNED, null, null)))
        .isFalse();
    assertThat(
            recorded.duplicates(
                Achievement.earned(
                    PersonId.newId(), AchievementKind.EXAM, EXAM_70_533, EARNED, null, null)))
        .isFalse();
  }

  private static Achievement achievement(LocalDate expiresOn, LocalDate creditEndsOn) {
    return Achievement.earned(
        ANA, AchievementKind.EXAM, EXAM_70_533, EARNED, expiresOn, creditEndsOn);
  }
}
