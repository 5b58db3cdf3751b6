package org.attain.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One real SMTP server ({@link LoopbackSmtp}) for the whole test application, on a free loopback
 * port, so that every email the service sends in the end-to-end tests is really delivered. Tests
 * read what arrived, stop and restart the server as an outage would, and make it slow or silent.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

  private static final LoopbackSmtp SERVER = new LoopbackSmtp();

  @Override
  public Map<String, String> start() {
    SERVER.start();
    return Map.of(
        "attain.notifier.kind", "mail",
        "quarkus.mailer.mock", "false",
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", String.valueOf(SERVER.port()),
        "quarkus.mailer.start-tls", "DISABLED");
  }

  @Override
  public void stop() {
    SERVER.stop();
  }

  /** The emails delivered to {@code recipient} so far. */
  public static List<MimeMessage> deliveredTo(String recipient) {
    return SERVER.deliveredTo(recipient);
  }

  /** Every message accepted so far, with its recipients and when it was accepted. */
  public static List<LoopbackSmtp.Received> received() {
    return SERVER.received();
  }

  /** How many connections the server holds open without answering (hung sends). */
  public static int silentConnections() {
    return SERVER.silentConnections();
  }

  /** Back to answering every message at once; connections left silent are closed. */
  public static void behave() {
    SERVER.behave();
  }

  /** The SMTP server goes down: sends fail until {@link #restart()}. */
  public static void shutDown() {
    SERVER.stop();
  }

  /** The server back on the same port. */
  public static void restart() {
    SERVER.start();
  }

  /** Answers the end of each message only after {@code delay}. */
  public static void delayEachMessage(Duration delay) {
    SERVER.delayEachMessage(delay);
  }

  /** Leaves the end of every message to a matching recipient unanswered, the connection open. */
  public static void leaveUnanswered(Predicate<String> recipient) {
    SERVER.leaveUnanswered(recipients -> recipients.stream().anyMatch(recipient));
  }

  /** Restarts the server if a test left it down or misbehaving, so the next test finds it well. */
  public static void restartIfDown() {
    SERVER.behave();
    if (!SERVER.isRunning()) {
      restart();
    }
  }
}
