package org.attain.domain.metric;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.attain.domain.shared.ListGuard;

/**
 * Which report of a metric counts on a day: the one whose period ends latest on or before that day,
 * provided it ended at most 12 months before it. A report of a period still running on the day is
 * not known yet on that day, and one older than 12 months is stale, so nothing counts. Between
 * reports ending the same day, the one covering the shorter period (later start) counts, and then
 * the one given last, since reports are listed in the order they were recorded (a correction wins).
 */
public record ReportedMetrics(List<MetricReport> reports) {

  public static final Period MAX_AGE = Period.ofMonths(12);

  public ReportedMetrics {
    reports = ListGuard.of(reports, "metrics", 0, Integer.MAX_VALUE);
  }

  /** The report of {@code metric} that counts on {@code day}, if any. */
  public Optional<MetricReport> countingOn(Metric metric, LocalDate day) {
    LocalDate oldest = day.minus(MAX_AGE);
    MetricReport best = null;
    for (MetricReport report : reports) {
      boolean eligible =
          report.metric() == metric
              && !report.periodEnd().isAfter(day)
              && !report.periodEnd().isBefore(oldest);
      if (eligible && (best == null || !supersedes(best, report))) {
        best = report;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean supersedes(MetricReport kept, MetricReport later) {
    int byEnd = kept.periodEnd().compareTo(later.periodEnd());
    return byEnd != 0 ? byEnd > 0 : kept.periodStart().isAfter(later.periodStart());
  }
}
