package org.attain.domain.membership;

import java.util.Optional;

/**
 * What reading a membership on a day shows: the level in force, its term, the term's days left
 * (that day included) and whether it can be renewed.
 *
 * @param term the term in force, {@code null} for a network member (who has none)
 */
public record MembershipStatus(
    MembershipLevel level,
    MembershipTerm term,
    long daysLeft,
    boolean inRenewalWindow,
    RenewalAvailability renewal) {

  public Optional<MembershipTerm> currentTerm() {
    return Optional.ofNullable(term);
  }
}
