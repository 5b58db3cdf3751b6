package org.attain.domain.achievement;

import java.time.LocalDate;
import java.util.Optional;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ProgrammeDates;

/**
 * Something a person earned. It counts from the day it was earned through its expiry date and, for
 * a retired exam, through its end-of-credit date (both last days inclusive).
 *
 * @param expiresOn the last day a time-limited certification is valid, if it expires
 * @param creditEndsOn the last day a retired exam still earns credit, if it was retired
 */
public record Achievement(
    AchievementId id,
    PersonId holder,
    AchievementKind kind,
    AchievementCode code,
    LocalDate earnedOn,
    LocalDate expiresOn,
    LocalDate creditEndsOn) {

  public Achievement {
    Guard.present(id, "achievementId");
    Guard.present(holder, "personId");
    Guard.present(kind, "kind");
    Guard.present(code, "code");
    ProgrammeDates.check(Guard.present(earnedOn, "earnedOn"), "earnedOn");
    ProgrammeDates.check(expiresOn, "expiresOn");
    ProgrammeDates.check(creditEndsOn, "creditEndsOn");
    Guard.check(
        expiresOn == null || !expiresOn.isBefore(earnedOn),
        "expiresOn",
        "expiresOn must not precede earnedOn");
    Guard.check(
        creditEndsOn == null || !creditEndsOn.isBefore(earnedOn),
        "creditEndsOn",
        "creditEndsOn must not precede earnedOn");
  }

  /** A new achievement of {@code holder}, not yet stored. */
  public static Achievement earned(
      PersonId holder,
      AchievementKind kind,
      AchievementCode code,
      LocalDate earnedOn,
      LocalDate expiresOn,
      LocalDate creditEndsOn) {
    return new Achievement(
        AchievementId.newId(), holder, kind, code, earnedOn, expiresOn, creditEndsOn);
  }

  /** Whether the achievement counts on {@code day}: earned, not expired, still earning credit. */
  public boolean countsOn(LocalDate day) {
    return !day.isBefore(earnedOn)
        && (expiresOn == null || !day.isAfter(expiresOn))
        && (creditEndsOn == null || !day.isAfter(creditEndsOn));
  }

  /** Whether {@code other} records the same earning again (same holder, code and day). */
  public boolean duplicates(Achievement other) {
    return holder.equals(other.holder)
        && code.equals(other.code)
        && earnedOn.equals(other.earnedOn);
  }

  public Optional<LocalDate> expiry() {
    return Optional.ofNullable(expiresOn);
  }

  public Optional<LocalDate> endOfCredit() {
    return Optional.ofNullable(creditEndsOn);
  }
}
