package org.attain.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Email addresses are stored lower-case and compared case-insensitively. */
class EmailAddressTest {

  @Test
  void anAddressIsTrimmedAndLowerCased() {
    assertThat(new EmailAddress("  Ana.Souza@Example.COM ").value())
        .isEqualTo("ana.souza@example.com");
  }

  @Test
  void addressesDifferingOnlyInCaseAreEqual() {
    assertThat(new EmailAddress("ANA@example.com")).isEqualTo(new EmailAddress("ana@EXAMPLE.com"));
    assertThat(new EmailAddress("ANA@example.com")).hasToString("ana@example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ana@example.com",
        "ana+partner@example.com.br",
        "o'neil@example.ie",
        "first.last@sub-domain.example.org",
        "x@a.io"
      })
  void wellFormedAddressesAreAccepted(String address) {
    assertThat(new EmailAddress(address).value()).isEqualTo(address);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        "ana",
        "ana@",
        "@example.com",
        "ana@example",
        "ana@@example.com",
        "ana souza@example.com",
        "ana@exa mple.com",
        "ana@example..com",
        "ana@example.com.",
        "ana@\u00e9xample.com",
        "ana@exam\nple.com",
        ".ana@example.com",
        "ana.@example.com",
        "ana..souza@example.com",
        "ana@-example.com",
        "ana@example-.com"
      })
  void malformedAddressesAreRejected(String address) {
    assertThatThrownBy(() -> new EmailAddress(address))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("email");
              assertThat(e.code()).isEqualTo("invalid-value");
            });
  }

  @Test
  void anAddressLongerThan254CharactersIsRejected() {
    String longest = "a".repeat(64) + "@" + "b".repeat(185) + ".com";
    assertThat(longest).hasSize(EmailAddress.MAX_LENGTH);

    assertThat(new EmailAddress(longest).value()).isEqualTo(longest);
    assertThatThrownBy(() -> new EmailAddress("a" + longest))
        .isInstanceOf(InvalidValueException.class);
  }
}
