package org.attain.application.error;

/** The requester is authenticated but may not do this to this object. */
public final class AccessDeniedException extends ApplicationException {

  public AccessDeniedException(String message) {
    super("access-denied", message);
  }
}
