package org.attain.domain.shared;

import java.util.Objects;

/** Guards for the compact constructors of values; each failure names the offending field. */
public final class Guard {

  private Guard() {}

  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, field + " is required");
    }
    return value;
  }

  /** A trimmed, non-blank text of at most {@code maxLength} characters. */
  public static String text(String value, String field, int maxLength) {
    String trimmed = present(value, field).strip();
    if (trimmed.isEmpty()) {
      throw new InvalidValueException(field, field + " must not be blank");
    }
    if (trimmed.length() > maxLength) {
      throw new InvalidValueException(
          field, field + " must be at most " + maxLength + " characters long");
    }
    if (trimmed.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidValueException(field, field + " must not contain control characters");
    }
    return trimmed;
  }

  /**
   * A trimmed, non-blank text of at most {@code maxLength} characters that may span several lines
   * (a description, a customer's need): line breaks and tabs are kept, other control characters
   * refused, and CR LF or CR become LF so that the length does not depend on the client.
   */
  public static String multilineText(String value, String field, int maxLength) {
    String unified = present(value, field).replace("\r\n", "\n").replace('\r', '\n');
    String trimmed = unified.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidValueException(field, field + " must not be blank");
    }
    if (trimmed.length() > maxLength) {
      throw new InvalidValueException(
          field, field + " must be at most " + maxLength + " characters long");
    }
    if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw new InvalidValueException(field, field + " must not contain control characters");
    }
    return trimmed;
  }

  public static void check(boolean condition, String field, String message) {
    if (!condition) {
      throw new InvalidValueException(field, Objects.requireNonNull(message));
    }
  }
}
