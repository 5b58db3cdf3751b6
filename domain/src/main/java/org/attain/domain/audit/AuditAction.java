package org.attain.domain.audit;

/** What an audited action did; the codes are stable, clients may filter or count by them. */
public enum AuditAction {
  /** An agent granted an override (R7). */
  OVERRIDE_GRANTED,
  /** An agent ended an override early (R7). */
  OVERRIDE_REVOKED,
  /** An agent published a new version of the competency catalog. */
  CATALOG_VERSION_PUBLISHED
}
