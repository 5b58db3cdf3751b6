package org.attain.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, hostile load: 250 authenticated clients each declare a 200 KB body and send one byte.
 * Only {@code attain.http.max-concurrent-uploads} (64) of them may hold a worker thread; the rest
 * are refused at once with a 503 problem and {@code Retry-After}, readiness says so, and ordinary
 * GETs keep being answered. Bounded: 250 loopback sockets, each closed at the end.
 */
@QuarkusTest
class SlowUploadsEndToEndTest {

  private static final int UPLOADS = 250;
  private static final int SLOTS = 64;
  private static final int DECLARED_BODY = 200_000;

  @TestHTTPResource("/")
  URL root;

  @Test
  void twoHundredFiftySlowUploadsHoldOnlyTheirSlotsAndGetsStayFast() throws Exception {
    int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
    String agent = DevTokens.agent();
    List<Socket> uploads = new ArrayList<>();
    Map<Socket, StringBuilder> answers = new HashMap<>();
    try {
      for (int i = 0; i < UPLOADS; i++) {
        uploads.add(slowUpload(agent));
      }
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> refusedAmong(uploads, answers) == UPLOADS - SLOTS);

      List<Long> getMillis = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        long started = System.nanoTime();
        given().get("/api/v1/catalog").then().statusCode(200);
        getMillis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
      }
      assertThat(getMillis.stream().sorted().toList().get(2))
          .as("the median GET while every upload slot is taken, in ms")
          .isLessThan(1000);
      assertThat(ManagementFactory.getThreadMXBean().getThreadCount() - threadsBefore)
          .as("threads started for the uploads: at most one per slot")
          .isLessThanOrEqualTo(SLOTS + 16);
      given()
          .get("/q/health/ready")
          .then()
          .statusCode(503)
          .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("http-uploads"));
    } finally {
      for (Socket upload : uploads) {
        upload.close();
      }
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
  }

  @Test
  void anUploadThatStopsArrivingIsEndedByTheServerAfterTheReadTimeout() throws Exception {
    try (Socket upload = slowUpload(DevTokens.agent())) {
      upload.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
      String answer = new String(upload.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer)
          .satisfiesAnyOf(
              ended -> assertThat(ended).isEmpty(),
              ended -> assertThat(ended).startsWith("HTTP/1.1 408"));
    }
  }

  /** A POST declaring a JSON body of {@link #DECLARED_BODY} bytes, of which one byte is sent. */
  private Socket slowUpload(String token) throws IOException {
    Socket socket = new Socket(root.getHost(), root.getPort());
    String head =
        "POST /api/v1/organizations HTTP/1.1\r\n"
            + "Host: "
            + root.getHost()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + DECLARED_BODY
            + "\r\nAuthorization: Bearer "
            + token
            + "\r\n\r\n{";
    socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  /**
   * How many of the uploads have been answered 503 with a problem and Retry-After, reading only
   * what has arrived (never waiting on an upload that holds its slot).
   */
  private static int refusedAmong(List<Socket> uploads, Map<Socket, StringBuilder> answers)
      throws IOException {
    int refused = 0;
    for (Socket upload : uploads) {
      StringBuilder answer = answers.computeIfAbsent(upload, any -> new StringBuilder());
      InputStream arriving = upload.getInputStream();
      int available = arriving.available();
      if (available > 0) {
        answer.append(new String(arriving.readNBytes(available), StandardCharsets.US_ASCII));
      }
      if (refusal(answer.toString())) {
        refused++;
      }
    }
    return refused;
  }

  private static boolean refusal(String answer) {
    return answer.startsWith("HTTP/1.1 503")
        && answer.contains("retry-after: 1")
        && answer.contains("too-many-uploads");
  }
}
