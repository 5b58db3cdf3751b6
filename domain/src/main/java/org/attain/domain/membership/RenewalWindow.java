package org.attain.domain.membership;

import org.attain.domain.shared.Guard;

/**
 * When a term can be renewed: from {@code opensDaysBefore} days before the day after its last day
 * (so the last {@code opensDaysBefore} days of the term) through {@code daysAfter} days after its
 * last day, the renewal window during which the membership stays intact.
 */
public record RenewalWindow(int opensDaysBefore, int daysAfter) {

  public static final int MAX_DAYS = 366;

  /** The later programme rule: renewable in the term's last 30 days and the 30 days after it. */
  public static final RenewalWindow THIRTY_DAYS_EITHER_SIDE = new RenewalWindow(30, 30);

  public RenewalWindow {
    Guard.check(
        opensDaysBefore >= 0 && opensDaysBefore <= MAX_DAYS,
        "opensDaysBefore",
        "opensDaysBefore must be between 0 and " + MAX_DAYS);
    Guard.check(
        daysAfter >= 0 && daysAfter <= MAX_DAYS,
        "daysAfter",
        "daysAfter must be between 0 and " + MAX_DAYS);
    Guard.check(
        opensDaysBefore + daysAfter >= 1,
        "renewalWindow",
        "renewalWindow must leave at least one day to renew");
  }
}
