package org.attain.bootstrap.support;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A small SMTP server on the loopback interface, written for tests: every message it accepts is
 * kept as a {@link MimeMessage}, and it can misbehave on request: answer each message late, leave
 * the end of some messages unanswered (the connection open and silent), or accept connections and
 * never greet. A copy of the notification adapter's test server (test classes are not shared
 * between modules). (GreenMail, tried first, left about one new connection in fifteen without a
 * greeting, which made the tests fail at random.) One thread per connection, all daemons.
 */
public final class LoopbackSmtp {

  /**
   * One accepted message: the envelope's recipients, the message as parsed, when it was accepted.
   */
  public record Received(List<String> recipients, MimeMessage message, Instant at) {}

  private final int port;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final List<Socket> silentConnections = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listening;
  private volatile Duration delayPerMessage = Duration.ZERO;
  private volatile Predicate<List<String>> unanswered = recipients -> false;
  private volatile boolean silent;

  public LoopbackSmtp() {
    this.port = freePort();
  }

  public int port() {
    return port;
  }

  public synchronized LoopbackSmtp start() {
    if (listening != null) {
      return this;
    }
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
      listening = socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ServerSocket accepting = listening;
    Thread.ofPlatform()
        .daemon()
        .name("loopback-smtp-accept")
        .start(
            () -> {
              try {
                while (true) {
                  Socket connection = accepting.accept();
                  open.add(connection);
                  Thread.ofPlatform().daemon().name("loopback-smtp").start(() -> serve(connection));
                }
              } catch (IOException closed) {
                // stop() closed the listening socket
              }
            });
    return this;
  }

  /** Closes the listening socket and every connection: the server is down until start(). */
  public synchronized void stop() {
    if (listening != null) {
      try {
        listening.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      listening = null;
    }
    for (Socket connection : open) {
      closeQuietly(connection);
    }
    open.clear();
  }

  public boolean isRunning() {
    return listening != null;
  }

  /** Every message accepted so far, one per message (each may have several recipients). */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The messages accepted for {@code recipient}. */
  public List<MimeMessage> deliveredTo(String recipient) {
    return received.stream()
        .filter(r -> r.recipients().contains(recipient))
        .map(Received::message)
        .toList();
  }

  /** How many connections the server holds open without answering. */
  public int silentConnections() {
    return silentConnections.size();
  }

  public void purge() {
    received.clear();
  }

  /** Answers the end of each message only after {@code delay}. */
  public void delayEachMessage(Duration delay) {
    this.delayPerMessage = delay;
  }

  /** Never answers the end of a message whose recipients match: the connection stays silent. */
  public void leaveUnanswered(Predicate<List<String>> recipients) {
    this.unanswered = recipients;
  }

  /** Accepts connections but never says a word, until {@link #behave()}. */
  public void fallSilent() {
    this.silent = true;
  }

  /** Back to answering everything at once; connections left silent are closed. */
  public void behave() {
    silent = false;
    unanswered = recipients -> false;
    delayPerMessage = Duration.ZERO;
    for (Socket connection : silentConnections) {
      closeQuietly(connection);
    }
    silentConnections.clear();
  }

  private void serve(Socket connection) {
    try (connection) {
      if (silent) {
        silentConnections.add(connection);
        holdUntilClosed(connection);
        return;
      }
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
      OutputStream out = connection.getOutputStream();
      reply(out, "220 loopback ESMTP");
      List<String> recipients = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.toUpperCase(Locale.ROOT);
        if (command.startsWith("EHLO") || command.startsWith("HELO")) {
          reply(out, "250 loopback");
        } else if (command.startsWith("MAIL FROM")) {
          recipients.clear();
          reply(out, "250 OK");
        } else if (command.startsWith("RCPT TO")) {
          recipients.add(address(line));
          reply(out, "250 OK");
        } else if (command.equals("DATA")) {
          reply(out, "354 end with <CRLF>.<CRLF>");
          String message = readData(in);
          if (unanswered.test(recipients)) {
            silentConnections.add(connection);
            holdUntilClosed(connection);
            return;
          }
          pause(delayPerMessage);
          received.add(new Received(List.copyOf(recipients), parse(message), Instant.now()));
          reply(out, "250 OK queued");
        } else if (command.startsWith("QUIT")) {
          reply(out, "221 bye");
          return;
        } else {
          reply(out, "250 OK");
        }
      }
    } catch (SocketException closed) {
      // the client or stop() closed the connection
    } catch (IOException e) {
      // a broken connection ends this session only
    } finally {
      open.remove(connection);
      silentConnections.remove(connection);
    }
  }

  private static String readData(BufferedReader in) throws IOException {
    StringBuilder message = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null && !line.equals(".")) {
      message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
    }
    return message.toString();
  }

  private static MimeMessage parse(String message) {
    try {
      return new MimeMessage(
          Session.getInstance(new Properties()),
          new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
    } catch (MessagingException e) {
      throw new IllegalStateException("unreadable message", e);
    }
  }

  private static String address(String line) {
    int open = line.indexOf('<');
    int close = line.indexOf('>');
    return open >= 0 && close > open ? line.substring(open + 1, close) : line.substring(8).trim();
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Reads and ignores until the other side, or {@link #stop()} or {@link #behave()}, closes. */
  private static void holdUntilClosed(Socket connection) throws IOException {
    while (connection.getInputStream().read() >= 0) {
      // silence
    }
  }

  private static void pause(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
