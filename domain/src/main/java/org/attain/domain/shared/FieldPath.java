package org.attain.domain.shared;

import java.util.function.Supplier;

/**
 * Names a nested value's field from the root of what is being built, so that a refused catalog
 * change points at {@code competencies[3].gold.options[0].steps[1].count}, not just {@code count}.
 */
public final class FieldPath {

  private FieldPath() {}

  /**
   * Builds {@code value}; if it is invalid, the failure's field is prefixed with {@code segment}.
   */
  public static <T> T at(String segment, Supplier<T> value) {
    try {
      return value.get();
    } catch (InvalidValueException e) {
      throw within(segment, e);
    }
  }

  /** The segment of the {@code index}th element of the list {@code field}: {@code field[index]}. */
  public static String element(String field, int index) {
    return field + "[" + index + "]";
  }

  /** {@code e} again, its field and message now naming the path from {@code segment}. */
  public static InvalidValueException within(String segment, InvalidValueException e) {
    String path = join(segment, e.field());
    String message = e.getMessage();
    String reworded =
        message.startsWith(e.field())
            ? path + message.substring(e.field().length())
            : path + ": " + message;
    return new InvalidValueException(path, reworded);
  }

  private static String join(String segment, String field) {
    return field.isEmpty() || field.startsWith("[") ? segment + field : segment + "." + field;
  }
}
