package org.attain.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.attain.adapter.rest.achievement.AchievementResource;
import org.attain.adapter.rest.achievement.RecordAchievementRequest;
import org.attain.adapter.rest.organization.AdminRequest;
import org.attain.adapter.rest.organization.OrganizationResource;
import org.attain.adapter.rest.organization.RegisterOrganizationRequest;
import org.attain.adapter.rest.problem.Problem.FieldError;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.organization.Market;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Validates resource method parameters as the server does, and reads the problem made of it. */
class ViolationProblemsTest {

  private static final ValidatorFactory FACTORY =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  private final OrganizationResource organizations =
      new OrganizationResource(null, null, null, null, null);
  private final AchievementResource achievements = new AchievementResource(null, null, null);

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static Set<ConstraintViolation<Object>> validate(
      Object resource, String method, Object... arguments) {
    Method called =
        Arrays.stream(resource.getClass().getMethods())
            .filter(m -> m.getName().equals(method))
            .findFirst()
            .orElseThrow();
    return VALIDATOR.forExecutables().validateParameters(resource, called, arguments);
  }

  @Test
  void fieldsOfTheBodyAreNamedByTheirJsonPath() {
    var body =
        new RegisterOrganizationRequest(
            "x".repeat(201),
            "PRT",
            Market.DEVELOPED,
            List.of(new AdminRequest("Ana", "ana@x.pt"), new AdminRequest(" ", "not-an-email")));

    Problem problem = ViolationProblems.of(validate(organizations, "register", body, null));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.code()).isEqualTo("validation-failed");
    assertThat(problem.errors())
        .extracting(FieldError::field)
        .containsExactly("admins[1].email", "admins[1].name", "country", "name");
  }

  @Test
  void aProblemListsTheFirstTwentyFieldErrorsAndCountsThemAll() {
    // 20 admins is the most allowed, each with two errors: 40 errors and a bad country.
    List<AdminRequest> admins =
        java.util.stream.IntStream.range(0, 20).mapToObj(i -> new AdminRequest(" ", "x")).toList();
    var body = new RegisterOrganizationRequest("Contoso", "PRT", Market.DEVELOPED, admins);

    Problem problem = ViolationProblems.of(validate(organizations, "register", body, null));

    assertThat(problem.errors()).hasSize(ViolationProblems.MAX_REPORTED_ERRORS);
    assertThat(problem.errorCount()).isEqualTo(41);
    assertThat(problem.detail())
        .isEqualTo("41 fields of the request are not valid; the first 20 are listed");
    assertThat(problem.errors().getFirst().field()).isEqualTo("admins[0].email");
  }

  @Test
  void aFewErrorsAreListedWithoutACount() {
    var body =
        new RegisterOrganizationRequest(
            "Contoso", "PRT", Market.DEVELOPED, List.of(new AdminRequest("Ana", "ana@x.pt")));

    Problem problem = ViolationProblems.of(validate(organizations, "register", body, null));

    assertThat(problem.errors()).hasSize(1);
    assertThat(problem.errorCount()).isNull();
  }

  @Test
  void nullsInListsAndMissingListsAreNamed() {
    var noAdmins = new RegisterOrganizationRequest("X", "PT", null, null);
    var nullAdmin =
        new RegisterOrganizationRequest(
            "X", "PT", Market.DEVELOPED, Arrays.asList((AdminRequest) null));

    assertThat(ViolationProblems.of(validate(organizations, "register", noAdmins, null)).errors())
        .extracting(FieldError::field)
        .containsExactly("admins", "market");
    assertThat(ViolationProblems.of(validate(organizations, "register", nullAdmin, null)).errors())
        .extracting(FieldError::field)
        .containsExactly("admins[0]");
  }

  @Test
  void anAbsentBodyIsMissingRatherThanAFieldError() {
    Problem problem = ViolationProblems.of(validate(organizations, "register", null, null));

    assertThat(problem.code()).isEqualTo("missing-body");
    assertThat(problem.errors()).isNull();
  }

  @Test
  void oversizeCodesAreRefusedAtTheEdge() {
    var body =
        new RecordAchievementRequest(
            AchievementKind.EXAM, "7".repeat(65), LocalDate.of(2024, 1, 1), null, null);

    assertThat(
            ViolationProblems.of(validate(achievements, "record", UUID.randomUUID(), body, null))
                .errors())
        .containsExactly(new FieldError("code", "size must be between 0 and 64"));
  }
}
