package org.attain.domain.person;

/** Why an association with an organization ended. */
public enum AssociationEnd {
  /** The person left on their own. */
  LEFT,
  /** The person associated with another organization. */
  MOVED,
  /** An admin of the organization removed the person, who had left the company. */
  REMOVED_BY_ADMIN
}
