package org.attain.domain.shared;

/** The request contradicts the current state (for example joining the organization one is in). */
public final class StateConflictException extends DomainException {

  public StateConflictException(String code, String message) {
    super(code, message);
  }
}
