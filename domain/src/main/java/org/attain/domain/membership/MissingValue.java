package org.attain.domain.membership;

import java.math.BigDecimal;
import org.attain.domain.catalog.Performance;

/** "USD 2,500 more": how far a performance step's metric is below its threshold. */
public record MissingValue(
    int stepIndex, Performance step, BigDecimal achieved, BigDecimal required)
    implements Shortfall {

  public BigDecimal shortBy() {
    return required.subtract(achieved).max(BigDecimal.ZERO);
  }
}
