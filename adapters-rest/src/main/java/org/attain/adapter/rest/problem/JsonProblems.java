package org.attain.adapter.rest.problem;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.attain.adapter.rest.json.TooManyElementsException;
import org.attain.adapter.rest.problem.Problem.FieldError;

/**
 * Turns Jackson's refusals of a request body into problems: {@code malformed-json} when the body is
 * not JSON at all, {@code invalid-request} naming the JSON path of the field when it is JSON of the
 * wrong shape (unknown field, wrong type, unknown enum value, unparsable date or id, missing or
 * unknown {@code kind} of a discriminated union such as a catalog step).
 */
public final class JsonProblems {

  public static final String MALFORMED_JSON = "malformed-json";
  public static final String INVALID_REQUEST = "invalid-request";

  private JsonProblems() {}

  /** The problem for {@code failure}, or empty when it is a fault of ours (a bad mapping). */
  public static Optional<Problem> of(JsonProcessingException failure) {
    if (failure instanceof InvalidDefinitionException) {
      return Optional.empty();
    }
    if (failure instanceof JsonMappingException && isBrokenSyntax(failure.getCause())) {
      return Optional.of(
          Problem.of(400, MALFORMED_JSON, "the request body is not valid JSON" + at(failure)));
    }
    if (isTrailingContent(failure)) {
      return Optional.of(
          Problem.of(
              400, MALFORMED_JSON, "the request body goes on after its JSON value" + at(failure)));
    }
    if (failure instanceof InvalidTypeIdException unknownKind) {
      return Optional.of(
          Problem.of(400, INVALID_REQUEST, "the request body does not have the expected shape")
              .withErrors(List.of(kindError(unknownKind))));
    }
    if (failure instanceof JsonMappingException mapping) {
      String field = path(mapping);
      return Optional.of(
          Problem.of(400, INVALID_REQUEST, "the request body does not have the expected shape")
              .withErrors(List.of(new FieldError(field, message(mapping)))));
    }
    if (failure instanceof StreamConstraintsException) {
      return Optional.of(
          Problem.of(400, MALFORMED_JSON, "the request body exceeds the limits of JSON we read"));
    }
    return Optional.of(
        Problem.of(400, MALFORMED_JSON, "the request body is not valid JSON" + at(failure)));
  }

  /** Jackson wraps a syntax error met inside a field (a truncated body) in a mapping failure. */
  private static boolean isBrokenSyntax(Throwable cause) {
    for (Throwable c = cause; c != null; c = c.getCause()) {
      if (c instanceof JsonParseException) {
        return true;
      }
    }
    return false;
  }

  /** Jackson reads {@code {} {}} as a value, then refuses the rest as a mismatch. */
  private static boolean isTrailingContent(JsonProcessingException failure) {
    return failure instanceof MismatchedInputException
        && failure.getOriginalMessage() != null
        && failure.getOriginalMessage().startsWith("Trailing token");
  }

  /** The JSON path of the field Jackson stopped at, such as {@code admins[0].email}. */
  static String path(JsonMappingException failure) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : failure.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "$" : path.toString();
  }

  /**
   * A value of a discriminated union (a catalog step) whose discriminator ({@code kind}) is missing
   * or names no known variant: the error names the discriminator and lists the known values.
   */
  private static FieldError kindError(InvalidTypeIdException failure) {
    Class<?> union = failure.getBaseType() == null ? null : failure.getBaseType().getRawClass();
    JsonTypeInfo info = union == null ? null : union.getAnnotation(JsonTypeInfo.class);
    String at = path(failure);
    String field = at;
    if (info != null && !info.property().isEmpty()) {
      field = at.equals("$") ? info.property() : at + "." + info.property();
    }
    String known = knownVariants(union);
    return new FieldError(
        field,
        failure.getTypeId() == null ? "is required: one of " + known : "must be one of " + known);
  }

  private static String knownVariants(Class<?> union) {
    JsonSubTypes variants = union == null ? null : union.getAnnotation(JsonSubTypes.class);
    if (variants == null) {
      return "the documented kinds";
    }
    return Arrays.stream(variants.value())
        .map(JsonSubTypes.Type::name)
        .collect(Collectors.joining(", "));
  }

  private static String message(JsonMappingException failure) {
    if (failure instanceof PropertyBindingException unknown) {
      return "is not a field of this request; known fields: "
          + names(unknown.getKnownPropertyIds());
    }
    if (failure instanceof TooManyElementsException tooMany) {
      return tooMany.getOriginalMessage();
    }
    if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "must be " + describe(mismatch.getTargetType());
    }
    return "has a value that cannot be read";
  }

  /** What a value of {@code type} looks like in JSON, for a client who sent something else. */
  static String describe(Class<?> type) {
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == UUID.class) {
      return "a UUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    }
    if (type == LocalDate.class) {
      return "a date as YYYY-MM-DD";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO 8601 date-time";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String names(Collection<Object> known) {
    return known == null
        ? "none"
        : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static String at(JsonProcessingException failure) {
    JsonLocation location = failure.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line %d, column %d)".formatted(location.getLineNr(), location.getColumnNr());
  }
}
