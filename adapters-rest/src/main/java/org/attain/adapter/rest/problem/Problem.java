package org.attain.adapter.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.attain.adapter.rest.membership.ClosestCompetencyResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error answer. {@code type} is derived from the
 * stable {@code code}; {@code errors} lists the offending fields by JSON path, when there are any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
    @Schema(examples = "urn:attain:problem:validation-failed") String type,
    @Schema(examples = "Bad Request") String title,
    @Schema(examples = "400") int status,
    String detail,
    @Schema(description = "Stable, machine-readable error code", examples = "validation-failed")
        String code,
    @Schema(description = "The path of the request that failed") String instance,
    List<FieldError> errors,
    @Schema(
            description =
                "How many field errors were found, when more than the first ones listed in errors")
        Integer errorCount,
    @Schema(
            description =
                "On membership-requirement-not-met: the competencies nearest to the level asked"
                    + " for, nearest first")
        List<ClosestCompetencyResponse> closestCompetencies) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_PREFIX = "urn:attain:problem:";

  public Problem {
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    closestCompetencies = closestCompetencies == null ? null : List.copyOf(closestCompetencies);
  }

  /** A problem with no field errors, not yet tied to a request. */
  public static Problem of(int status, String code, String detail) {
    return new Problem(
        TYPE_PREFIX + code,
        HttpStatuses.title(status),
        status,
        detail,
        code,
        null,
        null,
        null,
        null);
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(
        type, title, status, detail, code, instance, fieldErrors, null, closestCompetencies);
  }

  /** This problem listing the first of {@code found} field errors. */
  public Problem withFirstErrors(List<FieldError> first, int found) {
    return new Problem(
        type,
        title,
        status,
        detail,
        code,
        instance,
        first,
        found > first.size() ? found : null,
        closestCompetencies);
  }

  /** This problem with the RFC 9457 extension member a refused membership purchase carries. */
  public Problem withClosestCompetencies(List<ClosestCompetencyResponse> closest) {
    return new Problem(type, title, status, detail, code, instance, errors, errorCount, closest);
  }

  public Problem at(String requestPath) {
    return new Problem(
        type, title, status, detail, code, requestPath, errors, errorCount, closestCompetencies);
  }

  /** One offending field: its JSON path in the request ({@code $} for the body itself). */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(examples = "admins[0].email") String field,
      @Schema(examples = "must be a well-formed email address") String message) {}
}
