package org.attain.domain.risk;

/**
 * Issue 13: which proactive warnings an organization's admins receive. Every warning is on until
 * they turn it off.
 *
 * @param keyPerson whether they are warned when the membership rests on one person
 */
public record Warnings(boolean keyPerson) {

  /** What an organization receives until its admins say otherwise. */
  public static final Warnings DEFAULT = new Warnings(true);
}
