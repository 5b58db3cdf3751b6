package org.attain.adapter.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import org.attain.adapter.rest.problem.Problem;

/**
 * Answers a request with a problem+json before the REST layer sees it, and closes the connection:
 * what the guards of this package refuse may have a body still arriving that nobody will read.
 */
final class RouteAnswers {

  /** A longer path is not repeated in the answer: a problem should stay small. */
  private static final int LONGEST_INSTANCE = 256;

  private final ObjectMapper json;

  RouteAnswers(ObjectMapper json) {
    this.json = json;
  }

  void refuse(RoutingContext context, Problem problem) {
    refuse(context, problem, null);
  }

  /** As {@link #refuse(RoutingContext, Problem)}, telling the client when to try again. */
  void refuse(RoutingContext context, Problem problem, Integer retryAfterSeconds) {
    String path = context.request().path();
    Problem answer = path == null || path.length() > LONGEST_INSTANCE ? problem : problem.at(path);
    var response =
        context
            .response()
            .setStatusCode(problem.status())
            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
            .putHeader(HttpHeaders.CONNECTION, "close");
    if (retryAfterSeconds != null) {
      response.putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
    }
    response.end(render(answer));
  }

  private String render(Problem answer) {
    try {
      return json.writeValueAsString(answer);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
