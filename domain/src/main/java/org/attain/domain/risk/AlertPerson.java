package org.attain.domain.risk;

import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/** A person an alert names, with the name they had on the day it was raised. */
public record AlertPerson(PersonId person, String name) {

  public static final int MAX_NAME_LENGTH = 200;

  public AlertPerson {
    Guard.present(person, "person");
    name = Guard.text(name, "name", MAX_NAME_LENGTH);
  }
}
