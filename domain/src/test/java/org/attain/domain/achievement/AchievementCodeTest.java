package org.attain.domain.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The programme's codes of exams, certifications and assessments. */
class AchievementCodeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "70-533",
        "MCSA Linux on Azure",
        "AZ-104",
        "MCSE Cloud Platform (2016)",
        "C++/CLI_1.0"
      })
  void programmeCodesAreAccepted(String code) {
    assertThat(new AchievementCode(code).value()).isEqualTo(code);
  }

  @Test
  void codesAreTrimmedButKeepTheirCase() {
    assertThat(new AchievementCode("  az-104 ").value()).isEqualTo("az-104");
    assertThat(new AchievementCode("AZ-104")).isNotEqualTo(new AchievementCode("az-104"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "-70-533", "(beta)", "70:533", "70_533;drop", "exam\t1", "70–533"})
  void malformedCodesAreRejected(String code) {
    assertThatThrownBy(() -> new AchievementCode(code))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
  }

  @Test
  void codesAreAtMost64CharactersLong() {
    assertThat(new AchievementCode("A".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> new AchievementCode("A".repeat(65)))
        .isInstanceOf(InvalidValueException.class);
  }
}
