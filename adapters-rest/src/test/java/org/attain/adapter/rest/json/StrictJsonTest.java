package org.attain.adapter.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.attain.adapter.rest.achievement.RecordAchievementRequest;
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
        "{\"code\":\"A\",\"code\":\"B\"}",
        "{\"code\":\"A\"} {\"code\":\"B\"}",
        "{\"holder\":\"someone\"}",
      })
  void guessesAreRefused(String body) {
    assertThatThrownBy(() -> json.readValue(body, RecordAchievementRequest.class))
        .isInstanceOf(JsonProcessingException.class);
  }
}
