package org.attain.domain.shared;

/**
 * A rule of the domain refused an operation. Every refusal carries a stable, machine-readable code
 * so that clients can react to it without parsing the message.
 */
public abstract sealed class DomainException extends RuntimeException
    permits InvalidValueException,
        RuleViolationException,
        StateConflictException,
        NotPermittedException {

  private final String code;

  protected DomainException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
