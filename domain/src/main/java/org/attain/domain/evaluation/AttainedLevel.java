package org.attain.domain.evaluation;

/** The level an organization holds in a competency; Gold implies Silver. */
public enum AttainedLevel {
  NONE,
  SILVER,
  GOLD;

  /** Whether holding this level means holding {@code other} too. */
  public boolean includes(AttainedLevel other) {
    return compareTo(other) >= 0;
  }
}
