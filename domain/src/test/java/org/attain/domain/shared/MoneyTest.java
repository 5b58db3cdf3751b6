package org.attain.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Money is to the cent in one currency; a more precise or negative amount is refused. */
class MoneyTest {

  @Test
  void amountsAreKeptToTheCent() {
    assertThat(Money.usd("475").amount()).isEqualTo(new BigDecimal("475.00"));
    assertThat(Money.usd("475.5")).isEqualTo(Money.usd("475.50"));
    assertThat(Money.usd("475.100")).isEqualTo(Money.usd("475.10"));
    assertThat(Money.usd("5260").toString()).isEqualTo("USD 5260.00");
  }

  @Test
  void aFractionOfACentOrANegativeAmountIsRefused() {
    assertThatThrownBy(() -> Money.usd("0.001"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("amount"))
        .hasMessage("amount must not have more than 2 decimals");
    assertThatThrownBy(() -> Money.usd("-1"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("amount must not be negative");
    assertThatThrownBy(() -> new Money(BigDecimal.ONE, null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("currency"));
  }

  @Test
  void aDiscountIsRoundedHalfUpToTheCent() {
    assertThat(Money.usd("5260").percentOff(25)).isEqualTo(Money.usd("3945.00"));
    assertThat(Money.usd("0.99").percentOff(25)).isEqualTo(Money.usd("0.74"));
    assertThat(Money.usd("0.02").percentOff(25)).isEqualTo(Money.usd("0.02"));
    assertThat(Money.usd("100").percentOff(100).isZero()).isTrue();
    assertThatThrownBy(() -> Money.usd("100").percentOff(101))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void zeroIsInTheCurrencyAsked() {
    assertThat(Money.zero(Currency.getInstance("EUR")).toString()).isEqualTo("EUR 0.00");
  }
}
