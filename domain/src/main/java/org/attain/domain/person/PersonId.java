package org.attain.domain.person;

import java.util.UUID;
import org.attain.domain.shared.Guard;

/** Identifies a person; it is also the subject of the person's access tokens. */
public record PersonId(UUID value) {

  public PersonId {
    Guard.present(value, "personId");
  }

  public static PersonId newId() {
    return new PersonId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
