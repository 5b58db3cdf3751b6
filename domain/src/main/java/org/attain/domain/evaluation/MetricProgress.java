package org.attain.domain.evaluation;

import java.math.BigDecimal;
import java.util.Optional;
import org.attain.domain.catalog.Performance;
import org.attain.domain.metric.MetricReport;

/**
 * R2: "USD 12,500 of 15,000": the value counting on the day against the market's threshold.
 *
 * @param report the report that counts on the day, {@code null} if none does (achieved is then 0)
 * @param overridden whether an agent's override counts the step as met whatever the value (R7)
 */
public record MetricProgress(
    Performance step, BigDecimal required, MetricReport report, boolean overridden)
    implements StepProgress {

  /** The progress the reported value alone gives. */
  public MetricProgress(Performance step, BigDecimal required, MetricReport report) {
    this(step, required, report, false);
  }

  public BigDecimal achieved() {
    return report == null ? BigDecimal.ZERO : report.value();
  }

  public Optional<MetricReport> countingReport() {
    return Optional.ofNullable(report);
  }

  @Override
  public boolean met() {
    return overridden || achieved().compareTo(required) >= 0;
  }
}
