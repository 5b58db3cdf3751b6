package org.attain.domain.organization;

import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.Guard;

/** Someone at the organization who receives the programme's notifications. */
public record AdminContact(String name, EmailAddress email) {

  public static final int MAX_NAME_LENGTH = 200;

  public AdminContact {
    name = Guard.text(name, "admin name", MAX_NAME_LENGTH);
    Guard.present(email, "admin email");
  }
}
