package org.attain.domain.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A reported value is exact in its metric's unit: dollars to the cent, counts whole. */
class MetricReportTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2025, 12, 31);

  @ParameterizedTest
  @CsvSource({
    "AZURE_CONSUMPTION_USD_TTM, 15000.25",
    "AZURE_CONSUMPTION_USD_TTM, 15000.50000",
    "AZURE_CONSUMPTION_USD_TTM, 999999999999999.99",
    "POWER_BI_SEATS, 250",
    "POWER_BI_SEATS, 250.00",
    "POWER_BI_SEATS, 0"
  })
  void valuesExactInTheUnitAreAccepted(Metric metric, BigDecimal value) {
    assertThat(new MetricReport(metric, value, START, END).value()).isEqualByComparingTo(value);
  }

  @ParameterizedTest
  @CsvSource({
    "AZURE_CONSUMPTION_USD_TTM, 15000.251",
    "AZURE_CONSUMPTION_USD_TTM, 1000000000000000",
    "POWER_BI_SEATS, 250.5",
    "POWER_BI_SEATS, 1E+16",
    "POWER_BI_SEATS, -1"
  })
  void valuesTheUnitCannotHoldAreRefused(Metric metric, BigDecimal value) {
    assertThatThrownBy(() -> new MetricReport(metric, value, START, END))
        .isInstanceOf(InvalidValueException.class)
        .extracting("field")
        .isEqualTo("value");
  }
}
