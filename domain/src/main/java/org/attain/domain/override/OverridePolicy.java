package org.attain.domain.override;

import java.time.LocalDate;
import java.time.Period;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.RuleViolationException;

/**
 * R7: how long an override may hold. It holds from its start through its last day, both included;
 * by default the last day is {@link #DEFAULT_LENGTH three months} after the start, and an agent may
 * choose an earlier one but not one beyond the programme's maximum.
 */
public record OverridePolicy(Period maximumLength) {

  public static final Period DEFAULT_LENGTH = Period.ofMonths(3);
  public static final OverridePolicy PROGRAMME_DEFAULT = new OverridePolicy(DEFAULT_LENGTH);

  public OverridePolicy {
    Guard.present(maximumLength, "maximumLength");
    Guard.check(
        !maximumLength.isNegative() && !maximumLength.isZero(),
        "maximumLength",
        "maximumLength must be positive");
  }

  /**
   * The last day an override starting on {@code start} holds: {@code requested} when given, else
   * the default three months after the start, capped at the maximum.
   *
   * @throws RuleViolationException when {@code requested} is before the start or beyond the maximum
   */
  public LocalDate lastDay(LocalDate start, LocalDate requested) {
    Guard.present(start, "startsOn");
    LocalDate latest = start.plus(maximumLength);
    if (requested == null) {
      LocalDate byDefault = start.plus(DEFAULT_LENGTH);
      return byDefault.isAfter(latest) ? latest : byDefault;
    }
    if (requested.isBefore(start)) {
      throw new RuleViolationException(
          "override-ends-before-start", "an override cannot end before it starts, on " + start);
    }
    if (requested.isAfter(latest)) {
      throw new RuleViolationException(
          "override-too-long",
          "an override may last until %s at the latest (%s after its start)"
              .formatted(latest, maximumLength));
    }
    return requested;
  }
}
