package org.attain.domain.shared;

import java.time.LocalDate;

/**
 * Programme policy: the days a programme date can fall on. Earnings, expiries, ends of credit,
 * metric periods, overrides and catalog versions outside {@link #FIRST_DAY} .. {@link #LAST_DAY}
 * are a client's mistake (a year 1 or 9999), refused naming the field rather than stored.
 */
public final class ProgrammeDates {

  /** The earliest day a programme date may fall on. */
  public static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);

  /** The latest day a programme date may fall on. */
  public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

  private ProgrammeDates() {}

  /** Whether {@code day} lies within the programme's range, both ends included. */
  public static boolean contains(LocalDate day) {
    return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
  }

  /** {@code day} (which may be absent), refused at {@code field} when outside the range. */
  public static LocalDate check(LocalDate day, String field) {
    if (day != null && !contains(day)) {
      throw new InvalidValueException(
          field, field + " must be between " + FIRST_DAY + " and " + LAST_DAY);
    }
    return day;
  }
}
