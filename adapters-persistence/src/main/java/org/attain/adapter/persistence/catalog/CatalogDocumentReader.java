package org.attain.adapter.persistence.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.OfWhom;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.catalog.RetiredCredential;
import org.attain.domain.catalog.Step;
import org.attain.domain.catalog.Threshold;
import org.attain.domain.catalog.Track;
import org.attain.domain.metric.Metric;
import org.attain.domain.shared.FieldPath;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.InvalidValueException;

/**
 * Rebuilds a catalog version from its document through the domain's constructors, which check it
 * whole; a refusal names the field's path from the document's root, e.g. {@code
 * competencies[3].gold.options[0].steps[1].count}.
 */
final class CatalogDocumentReader {

  private CatalogDocumentReader() {}

  static Catalog toDomain(CatalogDocument document) {
    return new Catalog(
        Guard.present(document.version(), "version"),
        date(document.effectiveFrom(), "effectiveFrom"),
        list(document.retiredCredentials(), "retiredCredentials", CatalogDocumentReader::retired),
        list(document.competencies(), "competencies", CatalogDocumentReader::competency));
  }

  private static RetiredCredential retired(RetiredCredentialDocument document) {
    return new RetiredCredential(
        new AchievementCode(document.code()), date(document.creditEndsOn(), "creditEndsOn"));
  }

  private static Competency competency(CompetencyDocument document) {
    return new Competency(
        FieldPath.at("id", () -> new CompetencyId(document.id())),
        document.name(),
        constant(document.path(), "path", AttainmentPath.class),
        document.silver() == null ? null : FieldPath.at("silver", () -> level(document.silver())),
        document.gold() == null ? null : FieldPath.at("gold", () -> level(document.gold())));
  }

  private static LevelRequirement level(LevelDocument document) {
    return new LevelRequirement(list(document.options(), "options", CatalogDocumentReader::option));
  }

  private static RequirementOption option(OptionDocument document) {
    return new RequirementOption(
        document.name(), list(document.steps(), "steps", CatalogDocumentReader::step));
  }

  private static Step step(StepDocument document) {
    return switch (document) {
      case CertifiedIndividualsDocument certified ->
          new CertifiedIndividuals(
              Guard.present(certified.count(), "count"),
              qualification(certified.qualification(), "qualification"),
              certified.ofWhom() == null
                  ? null
                  : FieldPath.at("ofWhom", () -> ofWhom(certified.ofWhom())));
      case PerformanceDocument performance ->
          new Performance(
              constant(performance.metric(), "metric", Metric.class),
              performance.threshold() == null
                  ? null
                  : FieldPath.at("threshold", () -> threshold(performance.threshold())));
    };
  }

  private static OfWhom ofWhom(OfWhomDocument document) {
    return new OfWhom(
        Guard.present(document.count(), "count"),
        qualification(document.qualification(), "qualification"));
  }

  private static Qualification qualification(QualificationDocument document, String field) {
    return document == null
        ? null
        : FieldPath.at(
            field,
            () ->
                new Qualification(list(document.tracks(), "tracks", CatalogDocumentReader::track)));
  }

  private static Track track(List<String> codes) {
    return new Track(list(codes, "", AchievementCode::new));
  }

  private static Threshold threshold(ThresholdDocument document) {
    return new Threshold(document.developed(), document.developing());
  }

  /** Each element built in turn; a refusal names the element. A missing list stays missing. */
  private static <D, T> List<T> list(List<D> documents, String field, Function<D, T> element) {
    if (documents == null) {
      return null;
    }
    List<T> values = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      D document = documents.get(i);
      values.add(
          document == null
              ? null
              : FieldPath.at(FieldPath.element(field, i), () -> element.apply(document)));
    }
    return values;
  }

  private static LocalDate date(String value, String field) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(field, field + " must be a date like 2017-12-31");
    }
  }

  private static <E extends Enum<E>> E constant(String value, String field, Class<E> type) {
    try {
      return value == null ? null : Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(field, field + " is not a known " + type.getSimpleName());
    }
  }
}
