package org.attain.application.error;

/** The request conflicts with what is stored, or with a change made concurrently. */
public final class ConflictException extends ApplicationException {

  /** The code of a lost race with a concurrent change. */
  public static final String CONCURRENT_UPDATE = "concurrent-update";

  public ConflictException(String code, String message) {
    super(code, message);
  }

  /** Another request changed the same data first; the client should read it again and retry. */
  public static ConflictException concurrentUpdate() {
    return new ConflictException(
        CONCURRENT_UPDATE, "the data was changed by another request; read it again and retry");
  }
}
