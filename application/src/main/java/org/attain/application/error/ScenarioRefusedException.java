package org.attain.application.error;

/**
 * Issue 13: a what-if change names something the situation does not hold (a person who does not
 * count for the organization, an achievement or override it does not have, a catalog version that
 * does not exist), so it cannot be applied; {@code field} names the change by its index.
 */
public final class ScenarioRefusedException extends ApplicationException {

  public static final String CODE = "what-if-change-not-applicable";

  private final String field;

  public ScenarioRefusedException(int index, String property, String message) {
    super(CODE, "changes[" + index + "]: " + message);
    this.field = "changes[" + index + "]." + property;
  }

  /** The JSON path of the offending value, e.g. {@code changes[2].personId}. */
  public String field() {
    return field;
  }
}
