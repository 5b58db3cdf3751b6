package org.attain.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nested values name their offending field from the root of what is being built. */
class FieldPathTest {

  @Test
  void segmentsComposeIntoAPath() {
    assertThatThrownBy(
            () ->
                FieldPath.at(
                    "competencies[3]",
                    () ->
                        FieldPath.at(
                            "gold",
                            () ->
                                FieldPath.at(
                                    FieldPath.element("options", 0),
                                    () -> Guard.present(null, "name")))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("competencies[3].gold.options[0].name"))
        .hasMessage("competencies[3].gold.options[0].name is required");
  }

  @Test
  void anElementOfAListJoinsWithoutADot() {
    assertThatThrownBy(
            () -> FieldPath.at("tracks[0]", () -> ListGuard.of(Arrays.asList("a", null), "", 0, 9)))
        .hasFieldOrPropertyWithValue("field", "tracks[0][1]");
  }

  @Test
  void aValidValueIsReturned() {
    assertThat(FieldPath.at("name", () -> "Contoso")).isEqualTo("Contoso");
  }

  @Test
  void listsAreBoundedAndDistinct() {
    assertThatThrownBy(() -> ListGuard.of(List.of(), "options", 1, 3))
        .hasMessage("options must hold at least 1 element(s)");
    assertThatThrownBy(() -> ListGuard.of(List.of(1, 2, 3, 4), "options", 1, 3))
        .hasMessage("options must hold at most 3 elements");
    assertThatThrownBy(() -> ListGuard.distinct(List.of("a", "b", "a"), s -> s, "codes", ""))
        .hasFieldOrPropertyWithValue("field", "codes[2]")
        .hasMessage("codes[2] repeats a");
    assertThat(ListGuard.of(List.of(1), "options", 1, 3)).containsExactly(1);
  }
}
