package org.attain.adapter.rest.paging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.attain.adapter.rest.problem.Problem.FieldError;
import org.attain.adapter.rest.problem.ViolationProblems;
import org.attain.application.paging.PageRequest;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageParametersTest {

  private static final ValidatorFactory FACTORY =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void validParametersGiveThePageRequest() {
    PageParameters parameters = new PageParameters("3", "100");

    assertThat(VALIDATOR.validate(parameters)).isEmpty();
    assertThat(parameters.toRequest()).isEqualTo(new PageRequest(3, 100));
  }

  @ParameterizedTest(name = "page={0} size={1}")
  @CsvSource({
    "-1, 20, page",
    "abc, 20, page",
    "1.5, 20, page",
    "' 1', 20, page",
    "99999999999999999999, 20, page",
    "0, 0, size",
    "0, 101, size",
    "0, +5, size",
    "0, '', size",
  })
  void anythingButAWholeNumberInBoundsIsRefusedByName(String page, String size, String field) {
    var violations = VALIDATOR.validate(new PageParameters(page, size));

    assertThat(ViolationProblems.of(violations).errors())
        .extracting(FieldError::field)
        .containsExactly(field);
  }

  @Test
  void theMessageSaysTheBounds() {
    var violations = VALIDATOR.validate(new PageParameters("-1", "101"));

    assertThat(ViolationProblems.of(violations).errors())
        .containsExactly(
            new FieldError("page", "must be a whole number of at least 0"),
            new FieldError("size", "must be a whole number from 1 to 100"));
  }
}
