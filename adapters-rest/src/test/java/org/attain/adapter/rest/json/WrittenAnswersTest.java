package org.attain.adapter.rest.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attain.domain.organization.OrganizationId;
import org.junit.jupiter.api.Test;

/** An answer is mapped and written once per value, and never outlives the value it was made of. */
class WrittenAnswersTest {

  private record Value(OrganizationId organization, String name) {}

  private final List<Value> mapped = new ArrayList<>();
  private final WrittenAnswers<Value> answers =
      new WrittenAnswers<>(
          Value::organization,
          value -> {
            mapped.add(value);
            return Map.of("name", value.name());
          },
          new ObjectMapper(),
          2);

  private final OrganizationId contoso = new OrganizationId(UUID.randomUUID());

  @Test
  void anEqualValueIsAnsweredWithTheJsonWrittenForTheFirst() {
    byte[] first = answers.of(new Value(contoso, "Contoso"));
    byte[] again = answers.of(new Value(contoso, "Contoso"));

    assertThat(again).isSameAs(first);
    assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"Contoso\"}");
    assertThat(mapped).hasSize(1);
  }

  @Test
  void aDifferentValueOfTheSameOrganizationIsWrittenAfresh() {
    answers.of(new Value(contoso, "Contoso"));

    byte[] renamed = answers.of(new Value(contoso, "Contoso Ltd"));

    assertThat(new String(renamed, StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"Contoso Ltd\"}");
    assertThat(mapped).hasSize(2);
  }

  @Test
  void pastItsCapacityAnOrganizationMakesRoomAndIsWrittenAgainWhenAskedAgain() {
    List<Value> three =
        List.of(
            new Value(contoso, "Contoso"),
            new Value(new OrganizationId(UUID.randomUUID()), "Fabrikam"),
            new Value(new OrganizationId(UUID.randomUUID()), "Northwind"));
    three.forEach(answers::of);

    three.forEach(answers::of);

    assertThat(mapped).hasSizeGreaterThan(3);
    assertThat(new String(answers.of(three.getFirst()), StandardCharsets.UTF_8))
        .isEqualTo("{\"name\":\"Contoso\"}");
  }
}
