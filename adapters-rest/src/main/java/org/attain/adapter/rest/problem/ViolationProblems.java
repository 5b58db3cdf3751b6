package org.attain.adapter.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.attain.adapter.rest.problem.Problem.FieldError;

/**
 * Turns bean-validation failures at the edge into a {@code validation-failed} problem listing each
 * field by its JSON path ({@code admins[0].email}) or query parameter name ({@code size}): the
 * first {@link #MAX_REPORTED_ERRORS} in path order, with how many there were.
 */
public final class ViolationProblems {

  public static final String VALIDATION_FAILED = "validation-failed";
  public static final String MISSING_BODY = "missing-body";

  /** A problem lists this many field errors at most, and says how many there were. */
  public static final int MAX_REPORTED_ERRORS = 20;

  private ViolationProblems() {}

  public static Problem of(Collection<? extends ConstraintViolation<?>> violations) {
    if (violations.stream().anyMatch(ViolationProblems::isMissingBody)) {
      return Problem.of(400, MISSING_BODY, "this request needs a JSON body");
    }
    List<FieldError> errors =
        violations.stream()
            .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
            .distinct()
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    if (errors.size() <= MAX_REPORTED_ERRORS) {
      return Problem.of(400, VALIDATION_FAILED, "some fields of the request are not valid")
          .withErrors(errors);
    }
    return Problem.of(
            400,
            VALIDATION_FAILED,
            "%d fields of the request are not valid; the first %d are listed"
                .formatted(errors.size(), MAX_REPORTED_ERRORS))
        .withFirstErrors(errors.subList(0, MAX_REPORTED_ERRORS), errors.size());
  }

  private static boolean isMissingBody(ConstraintViolation<?> violation) {
    return violation.getConstraintDescriptor().getPayload().contains(MissingBody.class);
  }

  /**
   * The path of a resource method's parameter violation, as the client sees it: what follows the
   * parameter inside a body ({@code admins[0].email}), else the parameter's own name.
   */
  static String field(Path path) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    boolean inParameter = false;
    for (Path.Node node : path) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
        inParameter = true;
        continue;
      }
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        field.append('[').append(position == null ? "" : position).append(']');
      }
      if (kind == ElementKind.PROPERTY) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    if (!field.isEmpty()) {
      return field.toString();
    }
    return inParameter && parameter != null ? parameter : "$";
  }
}
