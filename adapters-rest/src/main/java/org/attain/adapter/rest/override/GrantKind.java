package org.attain.adapter.rest.override;

/** The kinds of override an agent may grant (R7), as the API names them. */
public enum GrantKind {
  /**
   * A named person counts as holding an exam or certification: {@code personId} and {@code code}.
   */
  HOLDS_CREDENTIAL,
  /** Every performance step on {@code metric} counts as met. */
  PERFORMANCE_MET,
  /** The organization holds {@code level} in the competency. */
  LEVEL_GRANTED
}
