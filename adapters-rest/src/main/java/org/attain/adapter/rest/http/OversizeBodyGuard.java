package org.attain.adapter.rest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.attain.adapter.rest.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body declared larger than the server's limit with a problem+json 413 before it is read;
 * the HTTP server would otherwise answer with an empty 413 that clients cannot interpret.
 */
@ApplicationScoped
public class OversizeBodyGuard {

  private final long limit;
  private final Problem problem;
  private final RouteAnswers answers;

  OversizeBodyGuard(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
      ObjectMapper json) {
    this.limit = limit.asLongValue();
    this.answers = new RouteAnswers(json);
    this.problem =
        Problem.of(
            413,
            "content-too-large",
            "the request body is larger than the %d bytes accepted".formatted(this.limit));
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::refuseOversize);
  }

  private void refuseOversize(RoutingContext request) {
    String declared = request.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (declared != null && exceeds(declared)) {
      answers.refuse(request, problem);
      return;
    }
    request.next();
  }

  private boolean exceeds(String declared) {
    try {
      return Long.parseLong(declared.strip()) > limit;
    } catch (NumberFormatException malformed) {
      return false;
    }
  }
}
