package org.attain.domain.membership;

/** What one unmet step of a requirement option still lacks. */
public sealed interface Shortfall permits MissingPersons, MissingValue {

  /** The step's position in its option, as the progress (R2) lists it. */
  int stepIndex();
}
