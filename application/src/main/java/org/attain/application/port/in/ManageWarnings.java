package org.attain.application.port.in;

import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Warnings;

/**
 * Issue 13: which proactive warnings an organization's admins receive. Its admins and agents read
 * and change them; turning the key-person warning off ends an ongoing one, turning it on warns at
 * once when the membership rests on one person.
 */
public interface ManageWarnings {

  Warnings read(Actor actor, OrganizationId organization);

  /** Stores {@code warnings} and re-evaluates the organization today, in one unit of work. */
  Warnings change(Actor actor, OrganizationId organization, Warnings warnings);
}
