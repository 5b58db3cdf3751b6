package org.attain.adapter.rest.amount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount of money: a decimal string with two places and its ISO 4217 currency, never a float.
 */
@Schema(name = "Money")
public record Money(
    @Schema(examples = "15000.00", pattern = "^[0-9]+\\.[0-9]{2}$") String amount,
    @Schema(examples = "USD") String currency)
    implements Quantity {

  public static Money of(BigDecimal amount, String currency) {
    return new Money(amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString(), currency);
  }
}
