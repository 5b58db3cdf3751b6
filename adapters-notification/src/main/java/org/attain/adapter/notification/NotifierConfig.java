package org.attain.adapter.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The notification adapter's settings, under {@code attain.notifier.} (environment variables {@code
 * ATTAIN_NOTIFIER_...}). A mapping of its own also makes a mistyped key under this prefix stop the
 * service instead of being ignored.
 */
@ConfigMapping(prefix = "attain.notifier")
public interface NotifierConfig {

  /** Which notifier delivers notifications: {@code mail} (the default) or {@code webhook}. */
  @WithDefault("mail")
  Kind kind();

  Webhook webhook();

  Mail mail();

  /** The notifiers to choose from. */
  enum Kind {
    MAIL,
    WEBHOOK
  }

  /**
   * How long the mail notifier waits on the SMTP server (the server itself and its credentials are
   * the {@code quarkus.mailer.*} settings). Keep the send timeout below the outbox dispatcher's, so
   * that the notifier gives up first and frees its connection.
   */
  interface Mail {

    /** The longest a connection attempt may take. */
    @WithDefault("PT10S")
    Duration connectTimeout();

    /** A connection on which nothing is read or written for this long is closed. */
    @WithDefault("PT20S")
    Duration idleTimeout();

    /** The longest one email's whole exchange with the server may take. */
    @WithDefault("PT25S")
    Duration sendTimeout();

    /** The domain of the stable {@code Message-ID}s, {@code <sha256-hex@domain>}. */
    @WithDefault("attain.invalid")
    String messageIdDomain();
  }

  /** Where and how the webhook notifier posts. */
  interface Webhook {

    /** The http(s) URL that receives the POSTs; required when {@code kind} is webhook. */
    Optional<URI> url();

    /** The longest wait to connect, and then for the answer. */
    @WithDefault("10s")
    Duration timeout();

    /** When set, every request is signed with it (HMAC-SHA256 of the body). */
    Optional<String> secret();
  }
}
