package org.attain.adapter.rest.paging;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A query parameter holding a whole number within bounds. Query parameters are read as text and
 * checked here, because JAX-RS answers a parameter it cannot convert to a number with 404.
 */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = WholeNumber.Validator.class)
public @interface WholeNumber {

  long min() default 0;

  long max() default Integer.MAX_VALUE;

  String message() default "must be a whole number from {min} to {max}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Accepts plain decimal digits (no sign, no spaces) whose value lies within the bounds. */
  class Validator implements ConstraintValidator<WholeNumber, String> {

    private long min;
    private long max;

    @Override
    public void initialize(WholeNumber bounds) {
      min = bounds.min();
      max = bounds.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
        return false;
      }
      long number = Long.parseLong(value);
      return number >= min && number <= max;
    }
  }
}
