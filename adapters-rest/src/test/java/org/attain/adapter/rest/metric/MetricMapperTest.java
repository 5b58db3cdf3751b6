package org.attain.adapter.rest.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.attain.adapter.rest.amount.Count;
import org.attain.adapter.rest.amount.Money;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.metric.MetricUnit;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class MetricMapperTest {

  static final LocalDate START = LocalDate.of(2024, 4, 1);
  static final LocalDate END = LocalDate.of(2025, 3, 31);

  private final MetricMapper mapper = new MetricMapperImpl();

  @Test
  void aRequestBecomesAReport() {
    MetricReport report =
        mapper.toReport(
            new RecordMetricRequest(
                Metric.AZURE_CONSUMPTION_USD_TTM, new BigDecimal("15000.5"), START, END));

    assertThat(report)
        .isEqualTo(
            new MetricReport(
                Metric.AZURE_CONSUMPTION_USD_TTM, new BigDecimal("15000.5"), START, END));
  }

  @Test
  void aCountWithAFractionIsRefusedAtItsField() {
    var request = new RecordMetricRequest(Metric.POWER_BI_SEATS, new BigDecimal("2.5"), START, END);

    assertThat(catchThrowableOfType(InvalidValueException.class, () -> mapper.toReport(request)))
        .satisfies(refused -> assertThat(refused.field()).isEqualTo("value"));
  }

  @Test
  void theDomainsGuardsNameTheRequestsFields() {
    var request = new RecordMetricRequest(Metric.POWER_BI_SEATS, BigDecimal.ONE, END, START);

    assertThat(catchThrowableOfType(InvalidValueException.class, () -> mapper.toReport(request)))
        .satisfies(refused -> assertThat(refused.field()).isEqualTo("periodEnd"));
  }

  @Test
  void reportsAreShownInTheirMetricsUnit() {
    assertThat(
            mapper.toResponse(
                new MetricReport(
                    Metric.AZURE_CONSUMPTION_USD_TTM, new BigDecimal("15000"), START, END)))
        .isEqualTo(
            new MetricReportResponse(
                Metric.AZURE_CONSUMPTION_USD_TTM,
                MetricUnit.USD,
                new Money("15000.00", "USD"),
                START,
                END));
    assertThat(
            mapper
                .toResponse(
                    new MetricReport(Metric.POWER_BI_SEATS, new BigDecimal("250.0"), START, END))
                .value())
        .isEqualTo(new Count(new BigDecimal("250")));
  }
}
