package org.attain.application.service;

import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ReadPersons;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;

/** Reads a person's account: the person, agents, and admins of the person's organization. */
public final class ReadPersonsService implements ReadPersons {

  private final Persons persons;
  private final UnitOfWork unitOfWork;

  public ReadPersonsService(Persons persons, UnitOfWork unitOfWork) {
    this.persons = persons;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Person get(Actor actor, PersonId id) {
    Person person = unitOfWork.read(() -> Lookup.person(persons, id));
    Access.requireMayRead(actor, person);
    return person;
  }
}
