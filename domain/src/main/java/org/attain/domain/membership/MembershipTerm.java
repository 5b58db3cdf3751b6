package org.attain.domain.membership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.attain.domain.shared.Guard;

/**
 * The period a paid membership was bought for, as its policy worked it out when it was bought (a
 * later change of policy does not move existing terms). All four days are inclusive.
 *
 * @param startsOn the first day of the term
 * @param endsOn the last day of the term; the next term of a renewal starts the day after
 * @param renewableFrom the first day a renewal at the same level is accepted
 * @param renewalWindowEndsOn the last day of the renewal window after the term, during which the
 *     membership and its benefits stay intact; {@code endsOn} when the policy has no such window
 */
public record MembershipTerm(
    LocalDate startsOn, LocalDate endsOn, LocalDate renewableFrom, LocalDate renewalWindowEndsOn) {

  public MembershipTerm {
    Guard.present(startsOn, "startsOn");
    Guard.present(endsOn, "endsOn");
    Guard.present(renewableFrom, "renewableFrom");
    Guard.present(renewalWindowEndsOn, "renewalWindowEndsOn");
    Guard.check(!endsOn.isBefore(startsOn), "endsOn", "endsOn must not precede startsOn");
    Guard.check(
        !renewableFrom.isBefore(startsOn),
        "renewableFrom",
        "renewableFrom must not precede startsOn");
    Guard.check(
        !renewalWindowEndsOn.isBefore(endsOn),
        "renewalWindowEndsOn",
        "renewalWindowEndsOn must not precede endsOn");
    Guard.check(
        !renewableFrom.isAfter(renewalWindowEndsOn),
        "renewableFrom",
        "renewableFrom must not follow renewalWindowEndsOn");
  }

  /** The day after the term's last day: where a renewal's term starts. */
  public LocalDate nextStart() {
    return endsOn.plusDays(1);
  }

  /** Whether the membership holds on {@code day}: in the term or in its renewal window. */
  public boolean intactOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(renewalWindowEndsOn);
  }

  /** Whether {@code day} is past the term's last day but still in its renewal window. */
  public boolean inRenewalWindowOn(LocalDate day) {
    return day.isAfter(endsOn) && !day.isAfter(renewalWindowEndsOn);
  }

  public boolean renewableOn(LocalDate day) {
    return !day.isBefore(renewableFrom) && !day.isAfter(renewalWindowEndsOn);
  }

  /**
   * The days of the term still to come on {@code day}, that day included: 1 on the last day, 0 once
   * the term is over, the whole length before it starts.
   */
  public long daysLeftOn(LocalDate day) {
    LocalDate from = day.isBefore(startsOn) ? startsOn : day;
    return Math.max(0, ChronoUnit.DAYS.between(from, nextStart()));
  }
}
