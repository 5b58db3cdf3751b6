package org.attain.adapter.rest.amount;

import java.math.BigDecimal;
import org.attain.domain.metric.MetricUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A metric's value as the API shows it: money as an amount string with its currency, counts as
 * plain JSON numbers.
 */
@Schema(
    name = "Quantity",
    description = "Money for a USD metric, a number for a COUNT metric",
    oneOf = {Money.class, Count.class})
public sealed interface Quantity permits Money, Count {

  /** {@code value} shown in {@code unit}. */
  static Quantity of(MetricUnit unit, BigDecimal value) {
    if (value == null) {
      return null;
    }
    return switch (unit) {
      case USD -> Money.of(value, "USD");
      case COUNT -> Count.of(value);
    };
  }
}
