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
      throw new InvalidValueException(path, reworded(invalid, invalid.field(), path));
    }
  }

  /**
   * {@code make}'s value; a refused field the domain names {@code from...} is reported as {@code
   * to...}, for a value whose JSON shape differs from the domain's: a track's {@code codes[1]} is
   * {@code tracks[0][1]} in a JSON array of arrays.
   */
  public static <T> T renamed(String from, String to, Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidValueException invalid) {
      if (!invalid.field().startsWith(from)) {
        throw invalid;
      }
      String path = to + invalid.field().substring(from.length());
      throw new InvalidValueException(path, reworded(invalid, from, to));
    }
  }

  /** The message with the domain's name of the field, which usually opens it, replaced. */
  private static String reworded(InvalidValueException invalid, String from, String to) {
    String message = invalid.getMessage();
    return !from.isEmpty() && message.startsWith(from)
        ? to + message.substring(from.length())
        : message;
  }
}
