package org.attain.domain.shared;

/** A well-formed request that a programme rule refuses (for example the association policy). */
public final class RuleViolationException extends DomainException {

  public RuleViolationException(String code, String message) {
    super(code, message);
  }
}
