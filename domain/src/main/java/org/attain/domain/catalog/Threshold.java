package org.attain.domain.catalog;

import java.math.BigDecimal;
import org.attain.domain.organization.Market;
import org.attain.domain.shared.Guard;

/** The value a metric must reach, which can be lower in developing markets. */
public record Threshold(BigDecimal developed, BigDecimal developing) {

  public Threshold {
    Guard.present(developed, "developed");
    Guard.check(developed.signum() > 0, "developed", "developed must be positive");
    Guard.present(developing, "developing");
    Guard.check(developing.signum() > 0, "developing", "developing must be positive");
  }

  /** The same value in every market. */
  public static Threshold everywhere(long value) {
    return new Threshold(BigDecimal.valueOf(value), BigDecimal.valueOf(value));
  }

  public static Threshold of(long developed, long developing) {
    return new Threshold(BigDecimal.valueOf(developed), BigDecimal.valueOf(developing));
  }

  public BigDecimal forMarket(Market market) {
    return market == Market.DEVELOPING ? developing : developed;
  }
}
