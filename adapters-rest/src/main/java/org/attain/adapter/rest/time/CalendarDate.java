package org.attain.adapter.rest.time;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.attain.domain.shared.ProgrammeDates;

/**
 * A query parameter holding a calendar date as {@code YYYY-MM-DD} within the programme's dates
 * ({@link ProgrammeDates}). Query parameters are read as text and checked here, because JAX-RS
 * answers a parameter it cannot convert with 404.
 */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = CalendarDate.Validator.class)
public @interface CalendarDate {

  String message() default "must be a date as YYYY-MM-DD between 1990-01-01 and 2100-12-31";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /**
   * Accepts a real day of the programme's range written with a four-digit year (no sign, no time,
   * no spaces).
   */
  class Validator implements ConstraintValidator<CalendarDate, String> {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      if (!SHAPE.matcher(value).matches()) {
        return false;
      }
      try {
        return ProgrammeDates.contains(LocalDate.parse(value));
      } catch (DateTimeParseException notADay) {
        return false;
      }
    }
  }
}
