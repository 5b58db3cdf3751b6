package org.attain.application.port.in;

import org.attain.domain.person.Person;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.Guard;

/** An agent (or the identity provider's integration) creates a person's account. */
public interface RegisterPerson {

  Person register(Actor actor, Command command);

  record Command(String name, EmailAddress email) {
    public Command {
      Guard.present(email, "email");
    }
  }
}
