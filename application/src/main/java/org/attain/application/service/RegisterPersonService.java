package org.attain.application.service;

import org.attain.application.error.ConflictException;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.RegisterPerson;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.person.Person;

/** Creates persons' accounts; agents only, one account per email. */
public final class RegisterPersonService implements RegisterPerson {

  private final Persons persons;
  private final UnitOfWork unitOfWork;

  public RegisterPersonService(Persons persons, UnitOfWork unitOfWork) {
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
}
