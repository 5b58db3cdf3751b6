package org.attain.bootstrap.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

/**
 * One real SMTP server (GreenMail) for the whole test application, on a free port, so that every
 * email the service sends in the end-to-end tests is really delivered (PLATFORM.md: one server per
 * application, a pool of one connection, a short timeout). Tests read what arrived, and stop and
 * restart the server as an outage would.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

  private static volatile GreenMail server;
  private static int port;

  @Override
  public Map<String, String> start() {
    port = freePort();
    startServer();
    return Map.of(
        "attain.notifier.kind", "mail",
        "quarkus.mailer.mock", "false",
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", String.valueOf(port),
        "quarkus.mailer.start-tls", "DISABLED",
        "quarkus.mailer.max-pool-size", "1",
        "quarkus.mailer.timeout", "10s");
  }

  @Override
  public void stop() {
    server.stop();
  }

  /** The emails delivered to {@code recipient} so far. */
  public static List<MimeMessage> deliveredTo(String recipient) {
    return List.of(server.getReceivedMessages()).stream()
        .filter(message -> addressedTo(message, recipient))
        .toList();
  }

  /** The SMTP server goes down: sends fail until {@link #restart()}. */
  public static void shutDown() {
    server.stop();
  }

  /** A fresh server on the same port, keeping nothing delivered before. */
  public static void restart() {
    startServer();
  }

  /** Restarts the server if a test left it down, so that the next test finds it up. */
  public static void restartIfDown() {
    if (!server.isRunning()) {
      restart();
    }
  }

  private static boolean addressedTo(MimeMessage message, String recipient) {
    try {
      Address[] to = message.getAllRecipients();
      return to != null && List.of(to).stream().anyMatch(a -> a.toString().equals(recipient));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void startServer() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
