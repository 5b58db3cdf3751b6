package org.attain.adapter.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A webhook notifier with no usable URL stops the service at start-up, saying what to set. */
class NotifierSelectionTest {

  @Test
  void aWebhookNeedsAUrl() {
    assertThatThrownBy(() -> NotifierSelection.webhook(Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ATTAIN_NOTIFIER_WEBHOOK_URL");
  }

  @Test
  void aWebhookUrlIsHttpOrHttps() {
    assertThatThrownBy(
            () -> NotifierSelection.webhook(Optional.of(URI.create("file:///etc/passwd"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("http or https");
    assertThat(NotifierSelection.webhook(Optional.of(URI.create("https://hooks.example/attain"))))
        .hasToString("https://hooks.example/attain");
  }
}
