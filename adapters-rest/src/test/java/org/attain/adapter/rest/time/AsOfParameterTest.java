package org.attain.adapter.rest.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsOfParameterTest {

  private final CalendarDate.Validator validator = new CalendarDate.Validator();

  @ParameterizedTest
  @ValueSource(strings = {"2025-04-01", "2024-02-29", "1990-01-01", "2100-12-31"})
  void realDaysAreAccepted(String day) {
    assertThat(validator.isValid(day, null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2025-02-29",
        "2025-04-31",
        "2025-4-1",
        "+12025-04-01",
        "2025-04-01T00:00",
        " 2025-04-01",
        "01/04/2025",
        "today",
        "20250401",
        "0001-01-01",
        "1989-12-31",
        "2101-01-01",
        "9999-12-31"
      })
  void anythingElseIsRefused(String day) {
    assertThat(validator.isValid(day, null)).isFalse();
  }

  @Test
  void anAbsentDayMeansToday() {
    assertThat(validator.isValid(null, null)).isTrue();
    assertThat(new AsOfParameter(null).toDate()).isEmpty();
    assertThat(new AsOfParameter("2025-04-01").toDate())
        .isEqualTo(Optional.of(LocalDate.of(2025, 4, 1)));
  }
}
