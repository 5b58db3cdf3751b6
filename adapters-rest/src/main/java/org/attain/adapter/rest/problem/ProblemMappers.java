package org.attain.adapter.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.UUID;
import org.attain.adapter.rest.security.UnusableTokenException;
import org.attain.application.error.ApplicationException;
import org.attain.domain.shared.DomainException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers every failure of a request with a problem+json document. The most specific mapper wins,
 * and ours take precedence over the framework's for the same exception type.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  /** What a client is told to wait when the database cannot be reached. */
  private static final int RETRY_AFTER_SECONDS = 5;

  private static final int FIRST = Priorities.USER - 100;

  @ServerExceptionMapper(priority = FIRST)
  public RestResponse<Problem> domain(DomainException refusal, UriInfo request) {
    return answer(Problems.of(refusal), request);
  }

  @ServerExceptionMapper(priority = FIRST)
  public RestResponse<Problem> application(ApplicationException refusal, UriInfo request) {
    return answer(Problems.of(refusal), request);
  }

  @ServerExceptionMapper(priority = FIRST)
  public RestResponse<Problem> violations(ConstraintViolationException failure, UriInfo request) {
    return answer(ViolationProblems.of(failure.getConstraintViolations()), request);
  }

  /** Validation failing for other reasons than the request (a bad constraint) is our fault. */
  @ServerExceptionMapper(priority = FIRST)
  public RestResponse<Problem> validation(ValidationException failure, UriInfo request) {
    return unexpected(failure, request);
  }

  @ServerExceptionMapper(priority = FIRST)
  public RestResponse<Problem> json(JsonProcessingException failure, UriInfo request) {
    return JsonProblems.of(failure)
        .map(problem -> answer(problem, request))
        .orElseGet(() -> unexpected(failure, request));
  }

  /** Registered for this very type, for ours to replace the framework's own mapper of it. */
  @ServerExceptionMapper(priority = FIRST)
  public RestResponse<Problem> mismatch(MismatchedInputException failure, UriInfo request) {
    return json(failure, request);
  }

  /** Statuses chosen by the HTTP layer; it wraps malformed JSON in one too. */
  @ServerExceptionMapper(priority = FIRST)
  public RestResponse<Problem> web(WebApplicationException failure, UriInfo request) {
    if (failure.getCause() instanceof JsonProcessingException json) {
      return json(json, request);
    }
    if (Problems.status(failure) >= 500) {
      return unexpected(failure, request);
    }
    return answer(Problems.of(failure), request);
  }

  @ServerExceptionMapper(priority = FIRST)
  public RestResponse<Problem> unauthenticated(UnauthorizedException failure, UriInfo request) {
    return unauthorized("a bearer token is required", "Bearer", request);
  }

  @ServerExceptionMapper(priority = FIRST)
  public RestResponse<Problem> authenticationFailed(
      AuthenticationFailedException failure, UriInfo request) {
    LOG.debug("refused a bearer token", failure);
    return unauthorized(
        "the bearer token is not valid (malformed, wrongly signed, expired or of another issuer)",
        "Bearer error=\"invalid_token\"",
        request);
  }

  @ServerExceptionMapper(priority = FIRST)
  public RestResponse<Problem> forbidden(ForbiddenException failure, UriInfo request) {
    return answer(Problem.of(403, "forbidden", "your role may not do this"), request);
  }

  @ServerExceptionMapper(priority = FIRST)
  public RestResponse<Problem> unusableToken(UnusableTokenException failure, UriInfo request) {
    return answer(Problem.of(403, UnusableTokenException.CODE, failure.getMessage()), request);
  }

  /**
   * A request body that stopped arriving for the read timeout is answered 408; one whose client
   * went away needs no answer and no alarm. Any other failure to read or write is unexpected.
   */
  @ServerExceptionMapper(priority = FIRST)
  public RestResponse<Problem> unreadBody(IOException failure, UriInfo request) {
    return switch (UnreadBody.of(failure)) {
      case TIMED_OUT -> {
        LOG.debugf("the body of %s stopped arriving: %s", path(request), failure);
        yield answer(
            Problem.of(408, "request-timeout", "the request body stopped arriving before its end"),
            request);
      }
      case CLIENT_GONE -> {
        LOG.debugf("the client of %s went away: %s", path(request), failure);
        yield answer(Problem.of(400, "client-gone", "the connection closed mid-request"), request);
      }
      case OTHER -> unexpected(failure, request);
    };
  }

  /** The last resort: logged in full, answered without a word about the cause. */
  @ServerExceptionMapper(priority = FIRST)
  public RestResponse<Problem> unexpected(Throwable failure, UriInfo request) {
    if (DatabaseUnavailable.causes(failure)) {
      LOG.warnf("database unavailable while serving %s: %s", path(request), failure);
      return RestResponse.ResponseBuilder.<Problem>create(503)
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
          .type(Problem.MEDIA_TYPE)
          .entity(
              Problem.of(
                      503,
                      "database-unavailable",
                      "the database cannot be reached at the moment; try again shortly")
                  .at(path(request)))
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.errorf(failure, "incident %s: unexpected failure of %s", incident, path(request));
    return answer(Problems.internalError(incident), request);
  }

  private static RestResponse<Problem> unauthorized(
      String detail, String challenge, UriInfo request) {
    return RestResponse.ResponseBuilder.<Problem>create(401)
        .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
        .type(Problem.MEDIA_TYPE)
        .entity(Problem.of(401, "unauthenticated", detail).at(path(request)))
        .build();
  }

  private static RestResponse<Problem> answer(Problem problem, UriInfo request) {
    return RestResponse.ResponseBuilder.<Problem>create(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem.at(path(request)))
        .build();
  }

  private static String path(UriInfo request) {
    try {
      return request.getRequestUri().getRawPath();
    } catch (RuntimeException unknown) {
      return null;
    }
  }
}
