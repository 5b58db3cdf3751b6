package org.attain.adapter.rest.amount;

import java.math.BigDecimal;
import org.attain.domain.metric.MetricUnit;
import org.attain.domain.shared.InvalidValueException;

/**
 * How precise a value in each unit may be: dollars to the cent, counts whole. Checked at the edge
 * so that every value the API takes in can be shown back exactly as {@link Quantity}.
 */
public final class UnitPrecision {

  private UnitPrecision() {}

  /** {@code value}, refused at {@code field} when {@code unit} cannot hold it exactly. */
  public static BigDecimal check(MetricUnit unit, BigDecimal value, String field) {
    if (value == null) {
      return null;
    }
    int places = value.stripTrailingZeros().scale();
    switch (unit) {
      case USD -> {
        if (places > 2) {
          throw new InvalidValueException(field, field + " must have at most 2 decimal places");
        }
      }
      case COUNT -> {
        if (places > 0) {
          throw new InvalidValueException(field, field + " must be a whole number");
        }
      }
    }
    return value;
  }
}
