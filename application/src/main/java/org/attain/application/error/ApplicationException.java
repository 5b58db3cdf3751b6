package org.attain.application.error;

/** A use case could not be carried out for a reason outside the domain's rules. */
public abstract sealed class ApplicationException extends RuntimeException
    permits NotFoundException,
        AccessDeniedException,
        ConflictException,
        PurchaseRefusedException,
        ScenarioRefusedException {

  private final String code;

  protected ApplicationException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** A stable, machine-readable code. */
  public String code() {
    return code;
  }
}
