package org.attain.domain.evaluation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  private final Set<Metric> overridden;

  MetricsOnDay(ReportedMetrics reports, LocalDate day, Market market) {
    this(reports, day, market, Set.of());
  }

  private MetricsOnDay(ReportedMetrics reports, LocalDate day, Market market, Set<Metric> met) {
    this.reports = reports;
    this.day = day;
    this.market = market;
    this.overridden = met;
  }

  /** The same values, with the steps on {@code met} counted as met by an override (R7). */
  MetricsOnDay withOverridden(Set<Metric> met) {
    return met.isEmpty() ? this : new MetricsOnDay(reports, day, market, Set.copyOf(met));
  }

  MetricProgress progress(Performance step) {
    MetricReport report =
        counting.computeIfAbsent(step.metric(), m -> reports.countingOn(m, day)).orElse(null);
    return new MetricProgress(
        step, step.threshold().forMarket(market), report, overridden.contains(step.metric()));
  }
}
