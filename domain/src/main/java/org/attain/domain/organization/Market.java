package org.attain.domain.organization;

/** The market an organization operates in; performance thresholds can differ between them. */
public enum Market {
  DEVELOPED,
  DEVELOPING
}
