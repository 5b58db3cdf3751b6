package org.attain.domain.shared;

/** The rule itself names who may act, and the requester is not that one (R3: only the person). */
public final class NotPermittedException extends DomainException {

  public NotPermittedException(String code, String message) {
    super(code, message);
  }
}
