package org.attain.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guards every value uses: each failure is an invalid value naming its field. */
class GuardTest {

  @Test
  void textIsTrimmed() {
    assertThat(Guard.text("  Contoso Ltd \t", "name", 20)).isEqualTo("Contoso Ltd");
  }

  @Test
  void textKeepsInnerSpacesAndAccents() {
    assertThat(Guard.text("São  Paulo", "name", 20)).isEqualTo("São  Paulo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", " \n ", "\u2003"})
  void blankTextIsRejected(String blank) {
    assertThatThrownBy(() -> Guard.text(blank, "name", 20))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"))
        .hasMessage("name must not be blank");
  }

  @Test
  void missingTextIsRejected() {
    assertThatThrownBy(() -> Guard.text(null, "name", 20))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"))
        .hasMessage("name is required");
  }

  @Test
  void textUpToTheLimitIsAcceptedAndLongerIsRejected() {
    assertThat(Guard.text("a".repeat(20), "name", 20)).hasSize(20);
    assertThat(Guard.text(" " + "a".repeat(20) + " ", "name", 20)).hasSize(20);
    assertThatThrownBy(() -> Guard.text("a".repeat(21), "name", 20))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("name must be at most 20 characters long");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Con\ntoso", "Con\u0000toso", "Con\u001btoso", "Con\u007ftoso", "a\rb"})
  void textWithControlCharactersIsRejected(String text) {
    assertThatThrownBy(() -> Guard.text(text, "name", 20))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("name must not contain control characters");
  }

  @Test
  void presentReturnsTheValueOrNamesTheMissingField() {
    assertThat(Guard.present("x", "field")).isEqualTo("x");
    assertThatThrownBy(() -> Guard.present(null, "organizationId"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("organizationId"));
  }

  @Test
  void checkFailsWithTheGivenMessage() {
    Guard.check(true, "size", "never shown");

    assertThatThrownBy(() -> Guard.check(false, "size", "size must be positive"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("size"))
        .hasMessage("size must be positive");
  }
}
