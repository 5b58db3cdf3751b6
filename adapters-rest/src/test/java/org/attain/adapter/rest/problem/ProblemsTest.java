package org.attain.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.attain.adapter.rest.membership.ClosestCompetencyResponse;
import org.attain.adapter.rest.problem.Problem.FieldError;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.ConflictException;
import org.attain.application.error.PurchaseRefusedException;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.membership.CompetencyGap;
import org.attain.domain.membership.MissingPersons;
import org.attain.domain.membership.PurchaseDecision;
import org.attain.domain.membership.RefusalReason;
import org.attain.domain.shared.InvalidValueException;
import org.attain.domain.shared.NotPermittedException;
import org.attain.domain.shared.RuleViolationException;
import org.attain.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProblemsTest {

  @Test
  void anInvalidValueIsABadRequestNamingItsField() {
    Problem problem =
        Problems.of(new InvalidValueException("expiresOn", "must not precede earnedOn"));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.code()).isEqualTo("invalid-value");
    assertThat(problem.type()).isEqualTo("urn:attain:problem:invalid-value");
    assertThat(problem.title()).isEqualTo("Bad Request");
    assertThat(problem.errors())
        .containsExactly(new FieldError("expiresOn", "must not precede earnedOn"));
  }

  @Test
  void domainRefusalsKeepTheirCodeWithTheirStatus() {
    assertThat(Problems.of(new RuleViolationException("association-too-soon", "wait")))
        .extracting(Problem::status, Problem::code, Problem::title, Problem::detail)
        .containsExactly(422, "association-too-soon", "Unprocessable Content", "wait");
    assertThat(Problems.of(new StateConflictException("already-associated", "again")))
        .extracting(Problem::status, Problem::code)
        .containsExactly(409, "already-associated");
    assertThat(Problems.of(new NotPermittedException("only-the-person", "not you")))
        .extracting(Problem::status, Problem::code)
        .containsExactly(403, "only-the-person");
  }

  @Test
  void aRefusedMembershipPurchaseIsUnprocessableAndNamesTheClosestCompetencies() {
    PurchaseDecision.Refused refusal =
        new PurchaseDecision.Refused(
            RefusalReason.REQUIREMENT_NOT_MET,
            "Silver membership needs at least one competency attained at Silver or Gold",
            List.of(
                new CompetencyGap(
                    new CompetencyId("cloud-platform"),
                    Level.SILVER,
                    "Azure consumption",
                    50,
                    List.of(
                        new MissingPersons(
                            1,
                            new CertifiedIndividuals(2, Qualification.anyOf("70-532", "70-533")),
                            2,
                            0)))));

    Problem problem = Problems.of(new PurchaseRefusedException(refusal));

    assertThat(problem)
        .extracting(Problem::status, Problem::code, Problem::detail)
        .containsExactly(422, "membership-requirement-not-met", refusal.detail());
    assertThat(problem.closestCompetencies())
        .containsExactly(
            new ClosestCompetencyResponse(
                "cloud-platform",
                Level.SILVER,
                "Azure consumption",
                50,
                List.of("2 more persons holding 70-532 or 70-533")));
  }

  @Test
  void applicationRefusalsKeepTheirCodeWithTheirStatus() {
    UUID id = UUID.randomUUID();
    assertThat(Problems.of(new org.attain.application.error.NotFoundException("person", id)))
        .extracting(Problem::status, Problem::code, Problem::detail)
        .containsExactly(404, "person-not-found", "no person with id " + id);
    assertThat(Problems.of(new AccessDeniedException("not yours")))
        .extracting(Problem::status, Problem::code)
        .containsExactly(403, "access-denied");
    assertThat(Problems.of(ConflictException.concurrentUpdate()))
        .extracting(Problem::status, Problem::code)
        .containsExactly(409, "concurrent-update");
  }

  static Stream<Arguments> httpFailures() {
    return Stream.of(
        Arguments.of(
            new NotFoundException(new IllegalArgumentException("Invalid UUID string: x")),
            404,
            "not-found"),
        Arguments.of(new NotAllowedException("GET"), 405, "method-not-allowed"),
        Arguments.of(new NotAcceptableException(), 406, "not-acceptable"),
        Arguments.of(new NotSupportedException(), 415, "unsupported-media-type"),
        Arguments.of(new WebApplicationException(413), 413, "content-too-large"),
        Arguments.of(new BadRequestException(), 400, "bad-request"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("httpFailures")
  void httpFailuresKeepTheirStatusWithoutTellingTheirCause(
      WebApplicationException failure, int status, String code) {
    Problem problem = Problems.of(failure);

    assertThat(problem.status()).isEqualTo(status);
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.detail()).doesNotContain("Exception", "UUID string", "java.");
  }

  @Test
  void anInternalErrorSaysOnlyWhereItWasLogged() {
    Problem problem = Problems.internalError("incident-7");

    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.code()).isEqualTo("internal-error");
    assertThat(problem.detail()).endsWith("logged as incident incident-7");
  }

  @Test
  void aProblemIsTiedToTheRequestPath() {
    Problem problem = Problem.of(404, "not-found", "nothing").at("/api/v1/x");

    assertThat(problem.instance()).isEqualTo("/api/v1/x");
    assertThat(problem.errors()).isNull();
  }
}
