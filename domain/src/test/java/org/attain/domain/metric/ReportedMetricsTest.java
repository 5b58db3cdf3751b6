package org.attain.domain.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which reported metric value counts on a day: the latest finished, at most 12 months old. */
class ReportedMetricsTest {

  private static final Metric SEATS = Metric.POWER_BI_SEATS;

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({
    "2018-03-30, none",
    "2018-03-31, 250",
    "2018-06-29, 250",
    "2018-06-30, 300",
    "2019-06-30, 300",
    "2019-07-01, none"
  })
  void theLatestReportEndedOnOrBeforeTheDayCountsForTwelveMonths(LocalDate day, String value) {
    ReportedMetrics metrics =
        new ReportedMetrics(
            List.of(
                report(SEATS, 300, "2017-07-01", "2018-06-30"),
                report(SEATS, 250, "2017-04-01", "2018-03-31"),
                report(Metric.OFFICE_365_ACTIVE_USERS, 999, "2018-06-01", "2018-06-01")));

    assertThat(metrics.countingOn(SEATS, day).map(r -> r.value().toPlainString()).orElse("none"))
        .isEqualTo(value);
  }

  @Test
  void betweenReportsEndingTheSameDayTheShorterPeriodThenTheLastRecordedCounts() {
    LocalDate day = LocalDate.of(2018, 7, 1);
    MetricReport year = report(SEATS, 100, "2017-07-01", "2018-06-30");
    MetricReport quarter = report(SEATS, 200, "2018-04-01", "2018-06-30");
    MetricReport correction = report(SEATS, 210, "2018-04-01", "2018-06-30");

    assertThat(new ReportedMetrics(List.of(quarter, year)).countingOn(SEATS, day))
        .contains(quarter);
    assertThat(new ReportedMetrics(List.of(year, quarter)).countingOn(SEATS, day))
        .contains(quarter);
    assertThat(new ReportedMetrics(List.of(quarter, correction)).countingOn(SEATS, day))
        .contains(correction);
  }

  @Test
  void aReportHasANonNegativeValueOverAPeriod() {
    assertThatThrownBy(() -> report(SEATS, -1, "2018-01-01", "2018-01-31"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("value"));
    assertThatThrownBy(() -> report(SEATS, 1, "2018-02-01", "2018-01-31"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("periodEnd"));
    assertThat(report(SEATS, 0, "2018-01-31", "2018-01-31").value()).isZero();
  }

  @Test
  void everyMetricHasAUnit() {
    assertThat(Metric.AZURE_CONSUMPTION_USD_TTM.unit()).isEqualTo(MetricUnit.USD);
    assertThat(Metric.EMS_PAID_ENTITLEMENTS.unit()).isEqualTo(MetricUnit.COUNT);
  }

  private static MetricReport report(Metric metric, long value, String start, String end) {
    return new MetricReport(
        metric, BigDecimal.valueOf(value), LocalDate.parse(start), LocalDate.parse(end));
  }
}
