package org.attain.domain.membership;

import java.time.LocalDate;
import org.attain.domain.shared.Guard;

/**
 * R5's default: a term covers one year from its first day up to, not including, the anniversary.
 * The anniversary of 29 February in a common year is 1 March, so a term bought on 2028-02-29 ends
 * on 2029-02-28: a term is never shorter than the year it was sold as.
 */
public record AnniversaryPolicy(RenewalWindow renewalWindow) implements TermPolicy {

  public AnniversaryPolicy {
    Guard.present(renewalWindow, "renewalWindow");
  }

  @Override
  public LocalDate lastDayOfTermStarting(LocalDate start) {
    return anniversaryOf(start).minusDays(1);
  }

  /** The same day a year later; 1 March for 29 February when the next year has none. */
  static LocalDate anniversaryOf(LocalDate start) {
    LocalDate sameDay = start.plusYears(1);
    return sameDay.getDayOfMonth() == start.getDayOfMonth() ? sameDay : sameDay.plusDays(1);
  }
}
