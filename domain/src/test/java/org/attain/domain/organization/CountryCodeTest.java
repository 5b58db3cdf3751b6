package org.attain.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Countries are ISO 3166-1 alpha-2 codes, kept upper-case. */
class CountryCodeTest {

  @ParameterizedTest
  @CsvSource({"BR,BR", "br,BR", "pT,PT", "' us ',US", "DE,DE", "ZA,ZA"})
  void isoCodesAreAcceptedInAnyCase(String given, String stored) {
    assertThat(new CountryCode(given).value()).isEqualTo(stored);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "B", "BRA", "XX", "UK", "ZZ", "12", "B1", "É"})
  void anythingElseIsRejected(String given) {
    assertThatThrownBy(() -> new CountryCode(given))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("country"));
  }

  @Test
  void codesCompareAfterNormalising() {
    assertThat(new CountryCode("br")).isEqualTo(new CountryCode("BR")).hasToString("BR");
  }
}
