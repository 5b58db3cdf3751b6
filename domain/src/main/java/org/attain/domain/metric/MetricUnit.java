package org.attain.domain.metric;

import java.math.BigDecimal;

/** What a metric's value counts, so that progress reads "USD 12,500 of 15,000" or "3 of 5". */
public enum MetricUnit {
  /** US dollars, to the cent. */
  USD(2),
  /** Whole things: seats, customers, devices. */
  COUNT(0);

  /** The most whole digits a value may have: amounts up to a trillion dollars and beyond. */
  public static final int MAX_WHOLE_DIGITS = 15;

  private final int decimals;

  MetricUnit(int decimals) {
    this.decimals = decimals;
  }

  public int decimals() {
    return decimals;
  }

  /** Whether {@code value} is expressed exactly in this unit, and not absurdly large. */
  public boolean holdsExactly(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    return Math.max(plain.scale(), 0) <= decimals
        && plain.precision() - plain.scale() <= MAX_WHOLE_DIGITS;
  }
}
