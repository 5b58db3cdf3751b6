package org.attain.application.port.in;

import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;

/** R3: associating a person's achievements with an organization, leaving it, removing a leaver. */
public interface ChangeAssociation {

  /** The person associates with {@code organization} today, leaving their current one. */
  Person associate(Actor actor, PersonId person, OrganizationId organization);

  /** The person stops counting for their current organization today. */
  Person leave(Actor actor, PersonId person);

  /** An admin of {@code organization} removes a person who has left the company. */
  Person remove(Actor actor, OrganizationId organization, PersonId person);
}
