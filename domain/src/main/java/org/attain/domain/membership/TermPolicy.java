package org.attain.domain.membership;

import java.time.LocalDate;

/**
 * R5: how long a term bought on a day lasts, and when it can be renewed. The anniversary rule is
 * the programme's default; the calendar-year rule follows the seed's wording.
 */
public sealed interface TermPolicy permits AnniversaryPolicy, CalendarYearPolicy {

  /** One year from purchase, renewable in the last 30 days and the 30-day window after them. */
  TermPolicy ANNIVERSARY = new AnniversaryPolicy(RenewalWindow.THIRTY_DAYS_EITHER_SIDE);

  /** Until 31 December of the year of purchase, renewable in December; no window after it. */
  TermPolicy CALENDAR_YEAR = new CalendarYearPolicy(new RenewalWindow(30, 0));

  RenewalWindow renewalWindow();

  /** The last day of a term that starts on {@code start}. */
  LocalDate lastDayOfTermStarting(LocalDate start);

  /** The term that starts on {@code start}, with its renewal days. */
  default MembershipTerm termStartingOn(LocalDate start) {
    LocalDate endsOn = lastDayOfTermStarting(start);
    LocalDate opens = endsOn.plusDays(1).minusDays(renewalWindow().opensDaysBefore());
    return new MembershipTerm(
        start,
        endsOn,
        opens.isBefore(start) ? start : opens,
        endsOn.plusDays(renewalWindow().daysAfter()));
  }
}
