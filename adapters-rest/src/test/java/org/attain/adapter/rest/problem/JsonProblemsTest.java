package org.attain.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.attain.adapter.rest.achievement.RecordAchievementRequest;
import org.attain.adapter.rest.catalog.OptionDocument;
import org.attain.adapter.rest.json.StrictJson;
import org.attain.adapter.rest.organization.RegisterOrganizationRequest;
import org.attain.adapter.rest.person.AssociateRequest;
import org.attain.adapter.rest.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonProblemsTest {

  private final ObjectMapper json =
      StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

  private Problem problemReading(String body, Class<?> type) {
    JsonProcessingException failure =
        catchThrowableOfType(JsonProcessingException.class, () -> json.readValue(body, type));
    assertThat(failure).as("reading %s", body).isNotNull();
    return JsonProblems.of(failure).orElseThrow();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":5}                                   | name            | must be a string",
        "{\"name\":true}                                | name            | must be a string",
        "{\"name\":[\"x\"]}                             | name            | must be a string",
        "{\"market\":\"EMERGING\"}                      | market          | must be one of DEVELOPED, DEVELOPING",
        "{\"market\":1}                                 | market          | must be one of DEVELOPED, DEVELOPING",
        "{\"market\":\"\"}                              | market          | must be one of DEVELOPED, DEVELOPING",
        "{\"admins\":{}}                                | admins          | must be an array",
        "{\"admins\":[{\"name\":\"A\"},{\"email\":7}]}  | admins[1].email | must be a string",
        "[]                                             | $               | must be an object",
      })
  void wrongShapesAreNamedByTheirJsonPath(String body, String field, String message) {
    Problem problem = problemReading(body, RegisterOrganizationRequest.class);

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.code()).isEqualTo("invalid-request");
    assertThat(problem.type()).isEqualTo("urn:attain:problem:invalid-request");
    assertThat(problem.errors()).containsExactly(new FieldError(field, message));
  }

  @Test
  void unknownFieldsAreNamedWithTheKnownOnes() {
    Problem problem =
        problemReading(
            "{\"admins\":[{\"name\":\"A\",\"email\":\"a@b.pt\",\"phone\":\"1\"}]}",
            RegisterOrganizationRequest.class);

    assertThat(problem.errors())
        .containsExactly(
            new FieldError(
                "admins[0].phone", "is not a field of this request; known fields: email, name"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"earnedOn\":\"2024-13-01\"} | earnedOn",
        "{\"earnedOn\":\"2024-02-30\"} | earnedOn",
        "{\"earnedOn\":\"01/02/2024\"} | earnedOn",
        "{\"earnedOn\":20240101}       | earnedOn",
        "{\"expiresOn\":\"\"}          | expiresOn",
      })
  void datesAreIsoDatesOnly(String body, String field) {
    assertThat(problemReading(body, RecordAchievementRequest.class).errors())
        .containsExactly(new FieldError(field, "must be a date as YYYY-MM-DD"));
  }

  @Test
  void idsAreUuids() {
    assertThat(problemReading("{\"organizationId\":\"42\"}", AssociateRequest.class).errors())
        .extracting(FieldError::field)
        .containsExactly("organizationId");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":                  | line 1, column 9",
        "{\"name\":\"A\"} {}         | line 1",
        "{\"name\":\"A\",\"name\":\"B\"} | line 1",
        "{'name':'A'}                | line 1",
      })
  void bodiesThatAreNotJsonAreMalformed(String body, String where) {
    Problem problem = problemReading(body, RegisterOrganizationRequest.class);

    assertThat(problem.code()).isEqualTo("malformed-json");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.detail()).contains(where);
    assertThat(problem.errors()).isNull();
  }

  @Test
  void jsonBeyondTheReadingLimitsIsMalformed() {
    Problem problem =
        JsonProblems.of(
                new StreamConstraintsException("Document nesting depth exceeds the maximum"))
            .orElseThrow();

    assertThat(problem.code()).isEqualTo("malformed-json");
    assertThat(problem.detail()).doesNotContain("nesting");
  }

  @Test
  void anArrayWhereTheBodyShouldBeAnObjectIsTheWrongShape() {
    assertThat(problemReading("[".repeat(5_000), RegisterOrganizationRequest.class).errors())
        .containsExactly(new FieldError("$", "must be an object"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"steps\":[{\"kind\":\"performance\",\"metric\":\"POWER_BI_SEATS\"},{\"kind\":\"references\"}]} | steps[1].kind | must be one of certifiedIndividuals, performance",
        "{\"steps\":[{\"count\":2}]}               | steps[0].kind | is required: one of certifiedIndividuals, performance",
        "{\"steps\":[{\"kind\":7}]}                | steps[0].kind | must be one of certifiedIndividuals, performance",
      })
  void stepsOfAnUnknownOrMissingKindNameTheKind(String body, String field, String message) {
    Problem problem = problemReading(body, OptionDocument.class);

    assertThat(problem.code()).isEqualTo("invalid-request");
    assertThat(problem.errors()).containsExactly(new FieldError(field, message));
  }

  @Test
  void fieldsOfAnotherKindOfStepAreUnknown() {
    assertThat(
            problemReading(
                    "{\"steps\":[{\"kind\":\"performance\",\"count\":2}]}", OptionDocument.class)
                .errors())
        .extracting(FieldError::field)
        .containsExactly("steps[0].count");
  }

  @Test
  void aMappingOfOursThatCannotWorkIsNotTheClientsProblem() {
    InvalidDefinitionException ours =
        InvalidDefinitionException.from((JsonParser) null, "no creator", (JavaType) null);

    assertThat(JsonProblems.of(ours)).isEmpty();
  }
}
