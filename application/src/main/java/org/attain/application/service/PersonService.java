package org.attain.application.service;

import org.attain.application.error.ConflictException;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ReadPersons;
import org.attain.application.port.in.RegisterPerson;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;

/** Creates and reads persons' accounts. */
public final class PersonService implements RegisterPerson, ReadPersons {

  private final Persons persons;
  private final UnitOfWork unitOfWork;

  public PersonService(Persons persons, UnitOfWork unitOfWork) {
    this.persons = persons;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Person register(Actor actor, RegisterPerson.Command command) {
    Access.requireAgent(actor);
    Person person = Person.register(command.name(), command.email());
    return unitOfWork.run(
        () -> {
          if (persons.findByEmail(person.email()).isPresent()) {
            throw new ConflictException(
                "email-taken", "another person is already registered with this email");
          }
          return persons.save(person);
        });
  }

  @Override
  public Person get(Actor actor, PersonId id) {
    Person person = unitOfWork.read(() -> Lookup.person(persons, id));
    Access.requireMayRead(actor, person);
    return person;
  }
}
