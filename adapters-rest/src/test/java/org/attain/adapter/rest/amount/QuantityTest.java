package org.attain.adapter.rest.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.attain.domain.metric.MetricUnit;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void moneyIsAnAmountStringWithTwoPlacesAndItsCurrency() throws JsonProcessingException {
    Quantity money = Quantity.of(MetricUnit.USD, new BigDecimal("12500.5"));

    assertThat(money).isEqualTo(new Money("12500.50", "USD"));
    assertThat(json.writeValueAsString(money))
        .isEqualTo("{\"amount\":\"12500.50\",\"currency\":\"USD\"}");
  }

  @ParameterizedTest
  @CsvSource({"250, 250", "250.00, 250", "2.50, 2.5", "1E+3, 1000", "0, 0"})
  void countsArePlainNumbers(String value, String written) throws JsonProcessingException {
    assertThat(json.writeValueAsString(Quantity.of(MetricUnit.COUNT, new BigDecimal(value))))
        .isEqualTo(written);
  }

  @Test
  void dollarsAreKeptToTheCentAndCountsWhole() {
    assertThat(UnitPrecision.check(MetricUnit.USD, new BigDecimal("10.50"), "value"))
        .isEqualByComparingTo("10.5");
    assertThat(UnitPrecision.check(MetricUnit.COUNT, new BigDecimal("3.000"), "value"))
        .isEqualByComparingTo("3");
    assertThatThrownBy(() -> UnitPrecision.check(MetricUnit.USD, new BigDecimal("1.001"), "value"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("value must have at most 2 decimal places");
    assertThatThrownBy(() -> UnitPrecision.check(MetricUnit.COUNT, new BigDecimal("2.5"), "seats"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("seats"));
  }
}
