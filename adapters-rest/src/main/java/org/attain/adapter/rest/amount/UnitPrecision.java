package org.attain.adapter.rest.amount;

import java.math.BigDecimal;
import org.attain.domain.metric.MetricUnit;
import org.attain.domain.shared.InvalidValueException;

/**
 * Refuses a value its unit cannot hold exactly (the domain's rule: dollars to the cent, counts
 * whole), at the edge and naming the JSON field, so that every value can be shown back exactly.
 */
public final class UnitPrecision {

  private UnitPrecision() {}

  /** {@code value}, refused at {@code field} when {@code unit} cannot hold it exactly. */
  public static BigDecimal check(MetricUnit unit, BigDecimal value, String field) {
    if (value == null || unit.holdsExactly(value)) {
      return value;
    }
    throw new InvalidValueException(
        field,
        unit == MetricUnit.COUNT
            ? field + " must be a whole number"
            : field + " must have at most " + unit.decimals() + " decimal places");
  }
}
