package org.attain.domain.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.attain.domain.shared.Guard;

/**
 * How far ahead the agents' view of organizations at risk looks for memberships that lapse: from
 * {@code today}, {@code days} days (0 to {@link #MAX_DAYS}). A term lapses within the horizon when
 * its days left, today included, are at most {@code days}: its last day is before {@link
 * #lapsesBefore()}. A term already over but still in its renewal window has 0 days left, so it
 * always lapses within.
 */
public record LapseHorizon(LocalDate today, int days) {

  /** A year and a day: every term bought today lapses within it. */
  public static final int MAX_DAYS = 366;

  public static final int DEFAULT_DAYS = 30;

  public LapseHorizon {
    Guard.present(today, "today");
    Guard.check(
        days >= 0 && days <= MAX_DAYS,
        "lapsingWithinDays",
        "lapsingWithinDays must be between 0 and " + MAX_DAYS);
  }

  /** The first day past the horizon: a term whose last day comes before it lapses within. */
  public LocalDate lapsesBefore() {
    return today.plusDays(days);
  }

  public boolean lapsesWithin(LocalDate termEndsOn) {
    return termEndsOn.isBefore(lapsesBefore());
  }

  /** The days from today through {@code termEndsOn}, both included; 0 once it has passed. */
  public long daysLeft(LocalDate termEndsOn) {
    return Math.max(0, ChronoUnit.DAYS.between(today, termEndsOn) + 1);
  }
}
