package org.attain.domain.shared;

/** A value does not satisfy the invariants of its type (a blank name, a malformed email...). */
public final class InvalidValueException extends DomainException {

  private final String field;

  public InvalidValueException(String field, String message) {
    super("invalid-value", message);
    this.field = field;
  }

  /** The name of the offending value, as the domain calls it. */
  public String field() {
    return field;
  }
}
