package org.attain.bootstrap.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.time.Duration;
import java.util.Map;

/**
 * The test application with a short send timeout, for the outbox's fault and metrics tests: the
 * dispatcher looks every second, sends 8 at once and waits at most {@link #SEND_TIMEOUT} for each;
 * the mail client gives up on a silent server a little earlier, as the README asks of production.
 */
public class OutboxFaultProfile implements QuarkusTestProfile {

  public static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
  public static final Duration SEND_TIMEOUT = Duration.ofSeconds(2);

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "attain.outbox.poll-interval", POLL_INTERVAL.toSeconds() + "s",
        "attain.outbox.parallelism", "8",
        "attain.outbox.batch-size", "50",
        "attain.outbox.send-timeout", SEND_TIMEOUT.toString(),
        "attain.outbox.backoff-base", "PT1S",
        "attain.outbox.backoff-cap", "PT2S",
        "attain.notifier.mail.send-timeout", "PT1.5S",
        "attain.notifier.mail.idle-timeout", "PT1.5S",
        "attain.notifier.mail.connect-timeout", "PT1S");
  }
}
