package org.attain.adapter.rest.security;

/**
 * A verified token whose claims do not name who is asking: a partner admin without a valid {@code
 * org}, a person whose {@code sub} is not their id, or no role the API knows. Answered with 403.
 */
public final class UnusableTokenException extends RuntimeException {

  public static final String CODE = "unusable-token";

  public UnusableTokenException(String message) {
    super(message, null, false, false);
  }
}
