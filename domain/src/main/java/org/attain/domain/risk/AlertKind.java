package org.attain.domain.risk;

/** What an alert warns of (R6). */
public enum AlertKind {
  /** The requirement the paid membership rests on no longer holds: renewal would be refused. */
  RENEWAL_AT_RISK,
  /** Counted achievements lapse before the term ends, and renewal will then be at risk. */
  LAPSE_AHEAD
}
