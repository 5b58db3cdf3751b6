package org.attain.domain.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.metric.Metric;
import org.attain.domain.shared.FieldPath;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.InvalidValueException;

/**
 * Maps a catalog in its JSON shape to the domain, as the persistence adapter will with Jackson: the
 * shape mirrors the records, and every refusal names the field's path from the document's root.
 */
public final class CatalogJson {

  public static final String DEFAULT_RESOURCE = "/catalog/default-catalog-v1.json";

  private CatalogJson() {}

  /** The default catalog shipped with the service. */
  public static Catalog defaultCatalog() {
    try (InputStream in = CatalogJson.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT_RESOURCE + " is not on the class path");
      }
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Catalog read(String json) {
    return catalog(JsonTree.parse(json));
  }

  public static Catalog catalog(Object tree) {
    Map<String, Object> m =
        object(tree, "version", "effectiveFrom", "retiredCredentials", "competencies");
    return new Catalog(
        integer(m, "version"),
        date(m, "effectiveFrom"),
        list(m, "retiredCredentials", CatalogJson::retired),
        list(m, "competencies", CatalogJson::competency));
  }

  private static RetiredCredential retired(Object tree) {
    Map<String, Object> m = object(tree, "code", "creditEndsOn");
    return new RetiredCredential(code(m.get("code"), "code"), date(m, "creditEndsOn"));
  }

  private static Competency competency(Object tree) {
    Map<String, Object> m = object(tree, "id", "name", "path", "silver", "gold");
    return new Competency(
        FieldPath.at("id", () -> new CompetencyId(text(m, "id"))),
        text(m, "name"),
        constant(m, "path", AttainmentPath.class),
        m.get("silver") == null ? null : FieldPath.at("silver", () -> level(m.get("silver"))),
        m.get("gold") == null ? null : FieldPath.at("gold", () -> level(m.get("gold"))));
  }

  private static LevelRequirement level(Object tree) {
    return new LevelRequirement(list(object(tree, "options"), "options", CatalogJson::option));
  }

  private static RequirementOption option(Object tree) {
    Map<String, Object> m = object(tree, "name", "steps");
    return new RequirementOption(text(m, "name"), list(m, "steps", CatalogJson::step));
  }

  private static Step step(Object tree) {
    Map<String, Object> m =
        object(tree, "kind", "count", "qualification", "ofWhom", "metric", "threshold");
    return switch (text(m, "kind")) {
      case "certifiedIndividuals" ->
          new CertifiedIndividuals(
              integer(m, "count"),
              FieldPath.at("qualification", () -> qualification(m.get("qualification"))),
              m.get("ofWhom") == null
                  ? null
                  : FieldPath.at("ofWhom", () -> ofWhom(m.get("ofWhom"))));
      case "performance" ->
          new Performance(
              constant(m, "metric", Metric.class),
              FieldPath.at("threshold", () -> threshold(m.get("threshold"))));
      default ->
          throw new InvalidValueException(
              "kind", "kind must be certifiedIndividuals or performance");
    };
  }

  private static OfWhom ofWhom(Object tree) {
    Map<String, Object> m = object(tree, "count", "qualification");
    return new OfWhom(
        integer(m, "count"),
        FieldPath.at("qualification", () -> qualification(m.get("qualification"))));
  }

  private static Qualification qualification(Object tree) {
    return new Qualification(list(object(tree, "tracks"), "tracks", CatalogJson::track));
  }

  private static Track track(Object tree) {
    List<AchievementCode> codes = new ArrayList<>();
    List<?> elements = cast(tree, List.class, "");
    for (int i = 0; i < elements.size(); i++) {
      codes.add(code(elements.get(i), FieldPath.element("", i)));
    }
    return new Track(codes);
  }

  private static Threshold threshold(Object tree) {
    Map<String, Object> m = object(tree, "developed", "developing");
    return new Threshold(number(m, "developed"), number(m, "developing"));
  }

  private static <T> List<T> list(
      Map<String, Object> m, String field, Function<Object, T> element) {
    if (m.get(field) == null) {
      return null;
    }
    List<?> elements = cast(m.get(field), List.class, field);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      Object tree = elements.get(i);
      values.add(FieldPath.at(FieldPath.element(field, i), () -> element.apply(tree)));
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object tree, String... fields) {
    Map<String, Object> m = cast(tree, Map.class, "");
    for (String key : m.keySet()) {
      if (!Set.of(fields).contains(key)) {
        throw new InvalidValueException(key, key + " is not a known field");
      }
    }
    return m;
  }

  private static AchievementCode code(Object value, String field) {
    return FieldPath.at(field, () -> new AchievementCode(cast(value, String.class, "")));
  }

  private static String text(Map<String, Object> m, String field) {
    return cast(m.get(field), String.class, field);
  }

  private static BigDecimal number(Map<String, Object> m, String field) {
    return cast(m.get(field), BigDecimal.class, field);
  }

  private static int integer(Map<String, Object> m, String field) {
    try {
      return Guard.present(number(m, field), field).intValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidValueException(field, field + " must be a whole number");
    }
  }

  private static LocalDate date(Map<String, Object> m, String field) {
    try {
      return m.get(field) == null ? null : LocalDate.parse(text(m, field));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(field, field + " must be a date like 2017-12-31");
    }
  }

  private static <E extends Enum<E>> E constant(
      Map<String, Object> m, String field, Class<E> type) {
    try {
      return m.get(field) == null ? null : Enum.valueOf(type, text(m, field));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(field, field + " is not a known " + type.getSimpleName());
    }
  }

  private static <T> T cast(Object value, Class<T> type, String field) {
    if (value != null && !type.isInstance(value)) {
      throw new InvalidValueException(field, field + " must be a " + type.getSimpleName());
    }
    return type.cast(value);
  }
}
