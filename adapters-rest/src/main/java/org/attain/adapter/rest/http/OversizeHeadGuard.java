package org.attain.adapter.rest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.attain.adapter.rest.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an over-long request line with a problem+json 414 and oversized headers with a
 * problem+json 431, before anything else reads the request. The HTTP server's own decoder answers
 * both with an empty body that clients cannot interpret, before any route runs, so its limits
 * ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}) are set well
 * above the ones enforced here ({@code attain.http.max-request-line-length} and {@code
 * attain.http.max-header-size}); only a request beyond the server's limits gets its bare answer.
 */
@ApplicationScoped
public class OversizeHeadGuard {

  /** The bytes of a request line besides the method and target: two spaces, "HTTP/1.1", CR LF. */
  private static final int REQUEST_LINE_OVERHEAD = 12;

  /** The bytes of a header line besides its name and value: ": " and CR LF. */
  private static final int HEADER_LINE_OVERHEAD = 4;

  private final long maxRequestLine;
  private final long maxHeaders;
  private final RouteAnswers answers;

  OversizeHeadGuard(
      @ConfigProperty(name = "attain.http.max-request-line-length", defaultValue = "4096")
          MemorySize maxRequestLine,
      @ConfigProperty(name = "attain.http.max-header-size", defaultValue = "20K")
          MemorySize maxHeaders,
      ObjectMapper json) {
    this.maxRequestLine = maxRequestLine.asLongValue();
    this.maxHeaders = maxHeaders.asLongValue();
    this.answers = new RouteAnswers(json);
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::refuseOversize);
  }

  private void refuseOversize(RoutingContext context) {
    HttpServerRequest request = context.request();
    long requestLine =
        (long) request.method().name().length() + request.uri().length() + REQUEST_LINE_OVERHEAD;
    if (requestLine > maxRequestLine) {
      refuse(
          context,
          Problem.of(
              414,
              "uri-too-long",
              "the request line is longer than the %d bytes accepted".formatted(maxRequestLine)));
      return;
    }
    if (headerBytes(request.headers()) > maxHeaders) {
      refuse(
          context,
          Problem.of(
              431,
              "request-header-fields-too-large",
              "the request's headers are larger than the %d bytes accepted".formatted(maxHeaders)));
      return;
    }
    context.next();
  }

  private static long headerBytes(MultiMap headers) {
    long bytes = 0;
    for (Map.Entry<String, String> header : headers) {
      bytes += header.getKey().length() + header.getValue().length() + HEADER_LINE_OVERHEAD;
    }
    return bytes;
  }

  private void refuse(RoutingContext context, Problem problem) {
    answers.refuse(context, problem);
  }
}
