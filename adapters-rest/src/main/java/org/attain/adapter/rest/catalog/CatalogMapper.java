package org.attain.adapter.rest.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.attain.adapter.rest.amount.UnitPrecision;
import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.adapter.rest.mapping.RequestFields;
import org.attain.adapter.rest.mapping.ValueMappings;
import org.attain.application.port.in.ManageCatalog;
import org.attain.domain.achievement.AchievementCode;
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
import org.mapstruct.Mapper;

/**
 * Maps catalogs to their documents and documents to catalog changes. Reading a document builds the
 * domain values inside out, so that a guard's refusal is named by its JSON path from the document's
 * root, such as {@code competencies[3].gold.options[0].steps[1].count}.
 */
@Mapper(config = MappingConfig.class)
public interface CatalogMapper extends ValueMappings {

  CatalogDocument toDocument(Catalog catalog);

  CompetencyDocument toDocument(Competency competency);

  LevelDocument toDocument(LevelRequirement level);

  OptionDocument toDocument(RequirementOption option);

  CertifiedIndividualsDocument toDocument(CertifiedIndividuals step);

  PerformanceDocument toDocument(Performance step);

  OfWhomDocument toDocument(OfWhom ofWhom);

  QualificationDocument toDocument(Qualification qualification);

  ThresholdDocument toDocument(Threshold threshold);

  RetiredCredentialDocument toDocument(RetiredCredential retired);

  default StepDocument toDocument(Step step) {
    return switch (step) {
      case CertifiedIndividuals persons -> toDocument(persons);
      case Performance performance -> toDocument(performance);
    };
  }

  default List<String> codes(Track track) {
    return track.codes().stream().map(AchievementCode::value).toList();
  }

  /** A threshold as the default catalog writes it: 15000, not 15000.00 nor 1.5E+4. */
  default BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  default CatalogVersionResponse toVersion(Catalog catalog) {
    return new CatalogVersionResponse(
        catalog.version(), catalog.effectiveFrom(), catalog.competencies().size());
  }

  /** The change a document asks for; its {@code version}, if any, is the service's to give. */
  default ManageCatalog.Change toChange(CatalogDocument document) {
    return new ManageCatalog.Change(
        document.effectiveFrom(),
        each(document.retiredCredentials(), "retiredCredentials", CatalogMapper::retired),
        each(document.competencies(), "competencies", CatalogMapper::competency));
  }

  private static RetiredCredential retired(RetiredCredentialDocument retired) {
    return new RetiredCredential(
        retired.code() == null ? null : new AchievementCode(retired.code()),
        retired.creditEndsOn());
  }

  private static Competency competency(CompetencyDocument competency) {
    return new Competency(
        competency.id() == null ? null : new CompetencyId(competency.id()),
        competency.name(),
        competency.path(),
        FieldPath.at("silver", () -> level(competency.silver())),
        FieldPath.at("gold", () -> level(competency.gold())));
  }

  private static LevelRequirement level(LevelDocument level) {
    return level == null
        ? null
        : new LevelRequirement(each(level.options(), "options", CatalogMapper::option));
  }

  private static RequirementOption option(OptionDocument option) {
    return new RequirementOption(option.name(), each(option.steps(), "steps", CatalogMapper::step));
  }

  private static Step step(StepDocument step) {
    return switch (step) {
      case CertifiedIndividualsDocument persons ->
          new CertifiedIndividuals(
              Guard.present(persons.count(), "count"),
              FieldPath.at("qualification", () -> qualification(persons.qualification())),
              FieldPath.at("ofWhom", () -> ofWhom(persons.ofWhom())));
      case PerformanceDocument performance ->
          new Performance(
              performance.metric(),
              FieldPath.at(
                  "threshold", () -> threshold(performance.metric(), performance.threshold())));
    };
  }

  private static OfWhom ofWhom(OfWhomDocument ofWhom) {
    return ofWhom == null
        ? null
        : new OfWhom(
            Guard.present(ofWhom.count(), "count"),
            FieldPath.at("qualification", () -> qualification(ofWhom.qualification())));
  }

  private static Qualification qualification(QualificationDocument qualification) {
    if (qualification == null) {
      return null;
    }
    List<List<String>> given = qualification.tracks();
    if (given == null) {
      return new Qualification(null);
    }
    List<Track> tracks = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String at = FieldPath.element("tracks", i);
      tracks.add(track(at, Guard.present(given.get(i), at)));
    }
    return new Qualification(tracks);
  }

  /** A track is a bare array of codes in JSON: its codes are {@code tracks[0][1]}, not codes[1]. */
  private static Track track(String at, List<String> codes) {
    List<AchievementCode> built = new ArrayList<>();
    for (int j = 0; j < codes.size(); j++) {
      String code = codes.get(j);
      built.add(RequestFields.at(at + "[" + j + "]", () -> new AchievementCode(code)));
    }
    return RequestFields.renamed("codes", at, () -> new Track(built));
  }

  private static Threshold threshold(Metric metric, ThresholdDocument threshold) {
    if (threshold == null) {
      return null;
    }
    if (metric != null) {
      UnitPrecision.check(metric.unit(), threshold.developed(), "developed");
      UnitPrecision.check(metric.unit(), threshold.developing(), "developing");
    }
    return new Threshold(threshold.developed(), threshold.developing());
  }

  /** Each element built at its place in the list: {@code field[i]}. */
  private static <S, T> List<T> each(List<S> items, String field, Function<S, T> make) {
    if (items == null) {
      return null;
    }
    List<T> built = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String at = FieldPath.element(field, i);
      S item = Guard.present(items.get(i), at);
      built.add(FieldPath.at(at, () -> make.apply(item)));
    }
    return built;
  }
}
