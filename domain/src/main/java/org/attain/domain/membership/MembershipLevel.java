package org.attain.domain.membership;

import org.attain.domain.evaluation.AttainedLevel;

/** An organization's level in the programme: a free network member until it buys Silver or Gold. */
public enum MembershipLevel {
  NETWORK(AttainedLevel.NONE),
  SILVER(AttainedLevel.SILVER),
  GOLD(AttainedLevel.GOLD);

  private final AttainedLevel competencyNeeded;

  MembershipLevel(AttainedLevel competencyNeeded) {
    this.competencyNeeded = competencyNeeded;
  }

  /** R4: the level at least one competency must be attained at to buy or renew this one. */
  public AttainedLevel competencyNeeded() {
    return competencyNeeded;
  }

  public boolean isPaid() {
    return this != NETWORK;
  }

  /** Whether holding this level means holding {@code other} too (Gold includes Silver). */
  public boolean includes(MembershipLevel other) {
    return compareTo(other) >= 0;
  }
}
