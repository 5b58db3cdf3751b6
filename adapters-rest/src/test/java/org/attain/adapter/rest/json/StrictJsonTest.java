package org.attain.adapter.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.attain.adapter.rest.achievement.RecordAchievementRequest;
import org.attain.adapter.rest.catalog.OfWhomDocument;
import org.attain.adapter.rest.metric.RecordMetricRequest;
import org.attain.domain.achievement.AchievementKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

  private final ObjectMapper json =
      StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

  @Test
  void aWellFormedRequestIsRead() throws JsonProcessingException {
    RecordAchievementRequest read =
        json.readValue(
            "{\"kind\":\"EXAM\",\"code\":\"70-533\",\"earnedOn\":\"2024-03-15\"}",
            RecordAchievementRequest.class);

    assertThat(read)
        .isEqualTo(
            new RecordAchievementRequest(
                AchievementKind.EXAM, "70-533", LocalDate.of(2024, 3, 15), null, null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"code\":70533}",
        "{\"code\":70.5}",
        "{\"code\":false}",
        "{\"kind\":1}",
        "{\"kind\":\"exam\"}",
        "{\"earnedOn\":1700000000}",
        "{\"earnedOn\":\"\"}",
        "{\"earnedOn\":\"+999999999-12-31\"}",
        "{\"earnedOn\":\"+10000-01-01\"}",
        "{\"earnedOn\":\"-0001-01-01\"}",
        "{\"code\":\"A\",\"code\":\"B\"}",
        "{\"code\":\"A\"} {\"code\":\"B\"}",
        "{\"holder\":\"someone\"}",
      })
  void guessesAreRefused(String body) {
    assertThatThrownBy(() -> json.readValue(body, RecordAchievementRequest.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"{\"count\":2.5}", "{\"count\":2.0}", "{\"count\":true}", "{\"count\":\"\"}"})
  void wholeNumbersAreNotGuessedFromOtherValues(String body) {
    assertThatThrownBy(() -> json.readValue(body, OfWhomDocument.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"value\":true}", "{\"value\":\"\"}", "{\"value\":\"lots\"}"})
  void decimalsAreNotGuessedFromOtherValues(String body) {
    assertThatThrownBy(() -> json.readValue(body, RecordMetricRequest.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"value\":1e5}",
        "{\"value\":1E+5}",
        "{\"value\":1.5e2}",
        "{\"value\":\"1e5\"}",
        "{\"value\":\"1E5\"}",
        "{\"value\":\"+5\"}",
        "{\"value\":\" 5\"}",
        "{\"value\":\".5\"}",
        "{\"value\":\"5.\"}",
        "{\"value\":\"0x10\"}",
        "{\"value\":\"NaN\"}",
        "{\"value\":\"Infinity\"}",
        "{\"value\":[5]}",
        "{\"value\":{}}"
      })
  void amountsThatAreNotPlainDecimalsAreRefused(String body) {
    assertThatThrownBy(() -> json.readValue(body, RecordMetricRequest.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void anAmountTooLongForAnyFieldIsRefusedWithoutEchoingItWhole() {
    String digits = "9".repeat(5000);

    assertThatThrownBy(
            () -> json.readValue("{\"value\":\"" + digits + "\"}", RecordMetricRequest.class))
        .isInstanceOf(JsonProcessingException.class)
        .message()
        .hasSizeLessThan(1000);
  }

  @Test
  void aListLongerThanItsSizeIsRefusedWhileRead() {
    String admins = "[" + String.join(",", java.util.Collections.nCopies(80_000, "{}")) + "]";
    String body = "{\"name\":\"N\",\"admins\":" + admins + "}";

    assertThatThrownBy(
            () ->
                json.readValue(
                    body, org.attain.adapter.rest.organization.RegisterOrganizationRequest.class))
        .isInstanceOf(TooManyElementsException.class)
        .hasMessageContaining("must have at most 20 elements")
        .satisfies(
            e ->
                assertThat(((TooManyElementsException) e).getPath())
                    .extracting(
                        com.fasterxml.jackson.databind.JsonMappingException.Reference::getFieldName)
                    .containsExactly("admins"));
  }

  @Test
  void aListWithinItsSizeIsRead() throws JsonProcessingException {
    String admins =
        "[" + String.join(",", java.util.Collections.nCopies(20, "{\"name\":\"A\"}")) + "]";

    assertThat(
            json.readValue(
                    "{\"admins\":" + admins + "}",
                    org.attain.adapter.rest.organization.RegisterOrganizationRequest.class)
                .admins())
        .hasSize(20);
    // A list inside a list is not bound by the outer list's size: 11 codes in one track are read
    // (validation refuses them), 51 tracks are not.
    String codes = "[" + String.join(",", java.util.Collections.nCopies(11, "\"70-533\"")) + "]";
    assertThat(
            json.readValue(
                    "{\"tracks\":[" + codes + "]}",
                    org.attain.adapter.rest.catalog.QualificationDocument.class)
                .tracks()
                .getFirst())
        .hasSize(11);
    String tracks = "[" + String.join(",", java.util.Collections.nCopies(51, "[\"70-533\"]")) + "]";
    assertThatThrownBy(
            () ->
                json.readValue(
                    "{\"tracks\":" + tracks + "}",
                    org.attain.adapter.rest.catalog.QualificationDocument.class))
        .isInstanceOf(TooManyElementsException.class)
        .hasMessageContaining("must have at most 50 elements");
  }

  @Test
  void decimalsAreReadExactlyFromNumbersAndStrings() throws JsonProcessingException {
    assertThat(json.readValue("{\"value\":12500.10}", RecordMetricRequest.class).value())
        .isEqualTo(new BigDecimal("12500.10"));
    assertThat(json.readValue("{\"value\":\"12500.10\"}", RecordMetricRequest.class).value())
        .isEqualTo(new BigDecimal("12500.10"));
  }
}
