package org.attain.application.error;

/** The request names something that does not exist (or that the requester may not know of). */
public final class NotFoundException extends ApplicationException {

  public NotFoundException(String what, Object id) {
    super(what + "-not-found", "no " + what.replace('-', ' ') + " with id " + id);
  }
}
