package org.attain.domain.evaluation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.attain.domain.catalog.Performance;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.metric.ReportedMetrics;
import org.attain.domain.organization.Market;

/** The organization's metric values counting on one day, measured against its market's bars. */
final class MetricsOnDay {

  private final ReportedMetrics reports;
  private final LocalDate day;
  private final Market market;
  private final Map<Metric, Optional<MetricReport>> counting = new EnumMap<>(Metric.class);

  MetricsOnDay(ReportedMetrics reports, LocalDate day, Market market) {
    this.reports = reports;
    this.day = day;
    this.market = market;
  }

  MetricProgress progress(Performance step) {
    MetricReport report =
        counting.computeIfAbsent(step.metric(), m -> reports.countingOn(m, day)).orElse(null);
    return new MetricProgress(step, step.threshold().forMarket(market), report);
  }
}
