package org.attain.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Texts of several lines (descriptions, needs) keep their line breaks and tabs, nothing else. */
class GuardMultilineTextTest {

  @Test
  void lineBreaksAndTabsAreKeptAndCarriageReturnsBecomeLineFeeds() {
    assertThat(Guard.multilineText("  One\r\n\tTwo\rThree \n", "need", 50))
        .isEqualTo("One\n\tTwo\nThree");
  }

  @Test
  void theLimitCountsLineBreaksOnceWhateverTheClientSent() {
    assertThat(Guard.multilineText("ab\r\ncd", "need", 5)).isEqualTo("ab\ncd");
    assertThatThrownBy(() -> Guard.multilineText("ab\ncde", "need", 5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("need must be at most 5 characters long");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " \n\t ", "\r\n"})
  void blankTextIsRejected(String blank) {
    assertThatThrownBy(() -> Guard.multilineText(blank, "need", 50))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("need"))
        .hasMessage("need must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "a\u001bb", "a\u007fb", "a\u0085b"})
  void otherControlCharactersAreRejected(String text) {
    assertThatThrownBy(() -> Guard.multilineText(text, "need", 50))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("need must not contain control characters");
  }

  @Test
  void missingTextIsRejected() {
    assertThatThrownBy(() -> Guard.multilineText(null, "need", 50))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("need is required");
  }
}
