package org.attain.domain.risk;

/** What an alert warns of (R6). */
public enum AlertKind {
  /** The requirement the paid membership rests on no longer holds: renewal would be refused. */
  RENEWAL_AT_RISK,
  /**
   * Counted achievements lapse, or an override a carrying level rests on ends (warned of from 14
   * days before its last day), before the term ends, and renewal will then be at risk.
   */
  LAPSE_AHEAD,
  /**
   * Issue 13, a warning before anything happens: the paid membership level rests on a single key
   * person, whose departure alone would leave no competency carrying it (robustness 1).
   */
  MEMBERSHIP_RESTS_ON_ONE_PERSON
}
