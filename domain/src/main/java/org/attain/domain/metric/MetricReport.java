package org.attain.domain.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ProgrammeDates;

/** A value of one metric reported for an organization over a period (both days inclusive). */
public record MetricReport(
    Metric metric, BigDecimal value, LocalDate periodStart, LocalDate periodEnd) {

  public MetricReport {
    Guard.present(metric, "metric");
    Guard.present(value, "value");
    Guard.check(value.signum() >= 0, "value", "value must not be negative");
    Guard.check(
        metric.unit().holdsExactly(value),
        "value",
        metric.unit() == MetricUnit.COUNT
            ? "value must be a whole number of at most %d digits"
                .formatted(MetricUnit.MAX_WHOLE_DIGITS)
            : "value must have at most %d decimals and %d whole digits"
                .formatted(metric.unit().decimals(), MetricUnit.MAX_WHOLE_DIGITS));
    ProgrammeDates.check(Guard.present(periodStart, "periodStart"), "periodStart");
    ProgrammeDates.check(Guard.present(periodEnd, "periodEnd"), "periodEnd");
    Guard.check(
        !periodEnd.isBefore(periodStart), "periodEnd", "periodEnd must not precede periodStart");
  }
}
