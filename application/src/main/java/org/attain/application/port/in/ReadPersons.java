package org.attain.application.port.in;

import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;

/** A person's account and association history: for themself, agents and their current admins. */
public interface ReadPersons {

  Person get(Actor actor, PersonId id);
}
