package org.attain.adapter.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One real SMTP server (GreenMail) for the whole Quarkus test application, on a free port.
 * PLATFORM.md: a server per test class leaves the app's pooled connection pointing at a stopped
 * one. Tests get this object injected to read the mail, stop the server and start it again.
 */
public class GreenMailSmtp implements QuarkusTestResourceLifecycleManager {

  private int port;
  private volatile GreenMail server;
  private ServerSocket silent;
  private Thread acceptor;
  private final List<Socket> held = new CopyOnWriteArrayList<>();

  @Override
  public Map<String, String> start() {
    port = freePort();
    startServer();
    return Map.of(
        "attain.notifier.kind", "mail",
        "quarkus.mailer.mock", "false",
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", String.valueOf(port),
        "quarkus.mailer.start-tls", "DISABLED");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(this, new TestInjector.MatchesType(GreenMailSmtp.class));
  }

  /** Every message received since the last {@link #purge()}, one per delivered recipient. */
  public List<MimeMessage> received() {
    return List.of(server.getReceivedMessages());
  }

  public void purge() {
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException("could not empty GreenMail", e);
    }
  }

  public void shutDown() {
    server.stop();
  }

  /** A fresh server on the same port, as after an SMTP server's restart. */
  public void restart() {
    startServer();
  }

  /**
   * Replaces the server with one that accepts connections and never says a word. {@link
   * #endSilence()} closes them, as a hung server finally does, and restarts GreenMail.
   */
  public void fallSilent() {
    shutDown();
    try {
      silent = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    acceptor =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try {
                    while (true) {
                      held.add(silent.accept());
                    }
                  } catch (IOException closed) {
                    // endSilence() closed the listening socket
                  }
                });
  }

  public void endSilence() {
    try {
      silent.close();
      // The port is free only once the thread blocked in accept() has let go of the socket.
      acceptor.join(Duration.ofSeconds(5));
      for (Socket connection : held) {
        connection.close();
      }
      held.clear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    restart();
  }

  private void startServer() {
    GreenMail fresh = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    fresh.start();
    server = fresh;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
