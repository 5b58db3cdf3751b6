package org.attain.adapter.rest.amount;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number of things (seats, customers, devices), written as a plain JSON number. */
@Schema(name = "Count", type = SchemaType.NUMBER, examples = "250")
public record Count(BigDecimal value) implements Quantity {

  /** {@code value} without trailing zeros, so that a whole count reads as an integer. */
  public static Count of(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    return new Count(plain.scale() < 0 ? plain.setScale(0) : plain);
  }

  @JsonValue
  @Override
  public BigDecimal value() {
    return value;
  }
}
