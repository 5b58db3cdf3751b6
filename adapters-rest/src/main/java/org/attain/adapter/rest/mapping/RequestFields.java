package org.attain.adapter.rest.mapping;

import java.util.function.Supplier;
import org.attain.domain.shared.InvalidValueException;

/** Builds domain values from a request, naming the field by its JSON path when a guard refuses. */
public final class RequestFields {

  private RequestFields() {}

  /** {@code make}'s value; a guard's refusal is reported at {@code path}, e.g. admins[1].email. */
  public static <T> T at(String path, Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidValueException invalid) {
      throw new InvalidValueException(path, invalid.getMessage());
    }
  }
}
