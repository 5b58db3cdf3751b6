package org.attain.adapter.persistence.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.UUID;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.person.PersonId;
import org.attain.domain.risk.AlertPerson;
import org.attain.domain.risk.AlertShortfall;

/**
 * Writes and reads the lines of alerts and emails as JSON text, with the adapter's own mapper: the
 * stored form must not change when the API's JSON settings do. Reading runs the domain's guards.
 */
final class AlertLinesJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final TypeReference<List<String>> SENTENCES = new TypeReference<>() {};
  private static final TypeReference<List<ShortfallLine>> SHORTFALLS = new TypeReference<>() {};
  private static final TypeReference<List<PersonLine>> PERSONS = new TypeReference<>() {};

  /** One stored {@link AlertShortfall}. */
  record ShortfallLine(
      String competency, Level level, String option, int percentComplete, List<String> missing) {}

  /** One stored {@link AlertPerson}. */
  record PersonLine(UUID person, String name) {}

  private AlertLinesJson() {}

  static String persons(List<AlertPerson> persons) {
    return write(persons.stream().map(p -> new PersonLine(p.person().value(), p.name())).toList());
  }

  static List<AlertPerson> persons(String json) {
    return read(json, PERSONS).stream()
        .map(line -> new AlertPerson(new PersonId(line.person()), line.name()))
        .toList();
  }

  static String sentences(List<String> sentences) {
    return write(sentences);
  }

  static List<String> sentences(String json) {
    return read(json, SENTENCES);
  }

  static String shortfalls(List<AlertShortfall> shortfalls) {
    return write(
        shortfalls.stream()
            .map(
                s ->
                    new ShortfallLine(
                        s.competency().value(),
                        s.level(),
                        s.option(),
                        s.percentComplete(),
                        s.missing()))
            .toList());
  }

  static List<AlertShortfall> shortfalls(String json) {
    return read(json, SHORTFALLS).stream()
        .map(
            line ->
                new AlertShortfall(
                    new CompetencyId(line.competency()),
                    line.level(),
                    line.option(),
                    line.percentComplete(),
                    line.missing()))
        .toList();
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("alert lines could not be written", e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored alert lines are not valid JSON", e);
    }
  }
}
