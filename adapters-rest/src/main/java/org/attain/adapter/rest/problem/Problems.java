package org.attain.adapter.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.attain.adapter.rest.membership.ClosestCompetencyResponse;
import org.attain.adapter.rest.problem.Problem.FieldError;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.ApplicationException;
import org.attain.application.error.ConflictException;
import org.attain.application.error.NotFoundException;
import org.attain.application.error.PurchaseRefusedException;
import org.attain.application.error.ScenarioRefusedException;
import org.attain.domain.shared.DomainException;
import org.attain.domain.shared.InvalidValueException;
import org.attain.domain.shared.NotPermittedException;
import org.attain.domain.shared.RuleViolationException;
import org.attain.domain.shared.StateConflictException;

/** The problem each refusal of the domain, the application or the HTTP layer is answered with. */
public final class Problems {

  public static final String INTERNAL_ERROR = "internal-error";

  private Problems() {}

  public static Problem of(DomainException refusal) {
    return switch (refusal) {
      case InvalidValueException invalid ->
          Problem.of(400, invalid.code(), invalid.getMessage())
              .withErrors(List.of(new FieldError(invalid.field(), invalid.getMessage())));
      case RuleViolationException rule -> Problem.of(422, rule.code(), rule.getMessage());
      case StateConflictException conflict ->
          Problem.of(409, conflict.code(), conflict.getMessage());
      case NotPermittedException notPermitted ->
          Problem.of(403, notPermitted.code(), notPermitted.getMessage());
    };
  }

  public static Problem of(ApplicationException refusal) {
    return switch (refusal) {
      case NotFoundException notFound -> plain(404, notFound);
      case AccessDeniedException denied -> plain(403, denied);
      case ConflictException conflict -> plain(409, conflict);
      case ScenarioRefusedException refused ->
          plain(422, refused)
              .withErrors(List.of(new FieldError(refused.field(), refused.getMessage())));
      case PurchaseRefusedException refused ->
          plain(422, refused)
              .withClosestCompetencies(ClosestCompetencyResponse.of(refused.refusal().closest()));
    };
  }

  private static Problem plain(int status, ApplicationException refusal) {
    return Problem.of(status, refusal.code(), refusal.getMessage());
  }

  /**
   * Keeps the client-error status the HTTP layer chose (unknown route, wrong method or media type,
   * malformed path id...) with a detail of our own: the exception's message may name internal
   * classes. Server errors go to {@link #internalError(String)} instead.
   */
  public static Problem of(WebApplicationException failure) {
    int status = status(failure);
    String detail =
        switch (status) {
          case 400 -> "the request is not well-formed";
          case 401 -> "a valid bearer token is required";
          case 403 -> "you may not do this";
          case 404 -> "there is nothing at this address";
          case 405 -> "this method is not allowed at this address";
          case 406 -> "this resource answers in application/json only";
          case 413 -> "the request is too large";
          case 415 -> "send the request body as application/json";
          default -> HttpStatuses.title(status);
        };
    return Problem.of(status, HttpStatuses.code(status), detail);
  }

  public static int status(WebApplicationException failure) {
    return failure.getResponse() != null ? failure.getResponse().getStatus() : 500;
  }

  /**
   * The answer to a failure of our own. The detail says nothing of its cause, only the incident
   * under which it was logged, so that support can find it.
   */
  public static Problem internalError(String incident) {
    return Problem.of(
        500,
        INTERNAL_ERROR,
        "the request could not be completed because of an unexpected error, logged as incident "
            + incident);
  }
}
