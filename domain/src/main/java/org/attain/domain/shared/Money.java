package org.attain.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of money in one currency, to the cent: fees, prices, what a purchase was charged. A
 * more precise amount is refused rather than silently rounded.
 */
public record Money(BigDecimal amount, Currency currency) {

  public static final Currency USD = Currency.getInstance("USD");
  private static final int SCALE = 2;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Money {
    Guard.present(amount, "amount");
    Guard.present(currency, "currency");
    Guard.check(amount.signum() >= 0, "amount", "amount must not be negative");
    Guard.check(
        amount.stripTrailingZeros().scale() <= SCALE,
        "amount",
        "amount must not have more than " + SCALE + " decimals");
    amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
  }

  /** {@code amount} US dollars, e.g. {@code usd("5260")}. */
  public static Money usd(String amount) {
    return new Money(new BigDecimal(amount), USD);
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** This amount less {@code percent} per cent, rounded half-up to the cent. */
  public Money percentOff(int percent) {
    Guard.check(percent >= 0 && percent <= 100, "percent", "percent must be between 0 and 100");
    BigDecimal kept = amount.multiply(BigDecimal.valueOf(100L - percent));
    return new Money(kept.divide(HUNDRED, SCALE, RoundingMode.HALF_UP), currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
