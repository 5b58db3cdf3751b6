package org.attain.adapter.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server in the test JVM (the JDK's own) that records every request to the webhook and
 * answers with a status the test chooses. It configures the application to use the webhook
 * notifier.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

  static final String PATH = "/hooks/attain";
  static final String SECRET = "shared-with-the-receiver";
  static final Duration TIMEOUT = Duration.ofSeconds(3);

  /** One request as it arrived. */
  record Request(String method, String path, String contentType, String signature, String body) {}

  private final List<Request> requests = new CopyOnWriteArrayList<>();
  // A request answered late must not count in the test after the one that sent it.
  private final AtomicInteger generation = new AtomicInteger();
  private volatile int answer = 204;
  private volatile Duration delay = Duration.ZERO;
  private int port;
  private HttpServer server;

  @Override
  public Map<String, String> start() {
    port = freePort();
    startServer();
    return Map.of(
        "attain.notifier.kind",
        "webhook",
        "attain.notifier.webhook.url",
        "http://127.0.0.1:" + port + PATH,
        "attain.notifier.webhook.timeout",
        TIMEOUT.toString(),
        "attain.notifier.webhook.secret",
        SECRET);
  }

  @Override
  public void stop() {
    shutDown();
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(this, new TestInjector.MatchesType(WebhookReceiver.class));
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Forgets the requests received and answers 204 at once again. */
  void reset() {
    generation.incrementAndGet();
    requests.clear();
    answer = 204;
    delay = Duration.ZERO;
  }

  void answerAfter(Duration wait) {
    delay = wait;
  }

  void answerWith(int status) {
    answer = status;
  }

  void shutDown() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  void restart() {
    startServer();
  }

  private void startServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::record);
    // A slow answer must not hold up the requests of the next test.
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  private void record(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int arrivedIn = generation.get();
      int status = answer;
      sleep(delay);
      if (status < 300 && arrivedIn == generation.get()) {
        requests.add(
            new Request(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("X-Attain-Signature"),
                body));
      }
      exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port + "/elsewhere");
      exchange.sendResponseHeaders(status, -1);
    }
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
