package org.attain.domain.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.attain.domain.shared.Guard;

/** A value of one metric reported for an organization over a period (both days inclusive). */
public record MetricReport(
    Metric metric, BigDecimal value, LocalDate periodStart, LocalDate periodEnd) {

  public MetricReport {
    Guard.present(metric, "metric");
    Guard.present(value, "value");
    Guard.check(value.signum() >= 0, "value", "value must not be negative");
    Guard.present(periodStart, "periodStart");
    Guard.present(periodEnd, "periodEnd");
    Guard.check(
        !periodEnd.isBefore(periodStart), "periodEnd", "periodEnd must not precede periodStart");
  }
}
