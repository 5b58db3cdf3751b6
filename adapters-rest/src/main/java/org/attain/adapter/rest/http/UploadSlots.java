package org.attain.adapter.rest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.attain.adapter.rest.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds the requests with a body being served at once ({@code attain.http.max-concurrent-uploads})
 * and answers the ones beyond with a fast problem+json 503 and {@code Retry-After}.
 *
 * <p>An authenticated request is handed to a worker thread before its body is read, and the worker
 * waits for every byte (up to {@code quarkus.http.read-timeout} between two of them). Unbounded,
 * 250 clients each declaring a body and sending one byte held every worker thread, and ordinary
 * GETs stopped being answered. Bounded well below the worker pool, slow uploads can only hold their
 * own slots; the rest of the API keeps its threads.
 */
@ApplicationScoped
public class UploadSlots {

  /** Slots free up as soon as a body arrives or its connection ends: a second is a fair wait. */
  private static final int RETRY_AFTER_SECONDS = 1;

  private final int capacity;
  private final AtomicInteger inUse = new AtomicInteger();
  private final RouteAnswers answers;
  private final Problem full;

  UploadSlots(
      @ConfigProperty(name = "attain.http.max-concurrent-uploads", defaultValue = "64")
          int capacity,
      ObjectMapper json) {
    if (capacity < 1) {
      throw new IllegalArgumentException("attain.http.max-concurrent-uploads must be at least 1");
    }
    this.capacity = capacity;
    this.answers = new RouteAnswers(json);
    this.full =
        Problem.of(
            503,
            "too-many-uploads",
            "%d requests with a body are being received already; try again shortly"
                .formatted(capacity));
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::admit);
  }

  /** How many requests with a body are being served now. */
  public int inUse() {
    return inUse.get();
  }

  public int capacity() {
    return capacity;
  }

  private void admit(RoutingContext context) {
    if (!carriesBody(context.request())) {
      context.next();
      return;
    }
    if (inUse.incrementAndGet() > capacity) {
      inUse.decrementAndGet();
      answers.refuse(context, full, RETRY_AFTER_SECONDS);
      return;
    }
    AtomicBoolean released = new AtomicBoolean();
    context.addEndHandler(
        ended -> {
          if (released.compareAndSet(false, true)) {
            inUse.decrementAndGet();
          }
        });
    context.next();
  }

  private static boolean carriesBody(HttpServerRequest request) {
    if (request.isEnded()) {
      return false;
    }
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null) {
      return !length.strip().equals("0");
    }
    return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
  }
}
