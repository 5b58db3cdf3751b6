package org.attain.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.metric.Metric;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/** A malformed catalog is refused, naming the offending field from the catalog's root. */
class CatalogGuardsTest {

  private static final Qualification EXAM = Qualification.anyOf("70-533");

  @Test
  void aMalformedStepDeepInTheCatalogIsNamedByItsFullPath() {
    String json =
        defaultJson()
            .replaceFirst(
                "(?s)(\"id\": \"cloud-platform\".*?\"gold\".*?\"kind\": \"certifiedIndividuals\",\\s*\"count\": )2",
                "$10");

    assertRefused(() -> CatalogJson.read(json), "competencies[3].gold.options[0].steps[1].count")
        .hasMessage("competencies[3].gold.options[0].steps[1].count must be at least 1");
  }

  @Test
  void anUnknownMetricOrCodeIsNamedByItsFullPath() {
    assertRefused(
        () -> CatalogJson.read(defaultJson().replace("AZURE_CONSUMPTION_USD_TTM", "AZURE_SPEND")),
        "competencies[3].silver.options[0].steps[0].metric");
    assertRefused(
        () -> CatalogJson.read(defaultJson().replace("\"70-480\"", "\"70-480;drop\"")),
        "competencies[0].silver.options[0].steps[0].qualification.tracks[0][0].code");
  }

  @Test
  void stepCountsAreBetweenOneAndTheMaximum() {
    assertRefused(() -> new CertifiedIndividuals(0, EXAM), "count");
    assertRefused(
        () -> new CertifiedIndividuals(CertifiedIndividuals.MAX_COUNT + 1, EXAM), "count");
    assertThat(new CertifiedIndividuals(CertifiedIndividuals.MAX_COUNT, EXAM).plainCount())
        .isEqualTo(CertifiedIndividuals.MAX_COUNT);
  }

  @Test
  void ofWhomCannotAskForMorePersonsThanTheStep() {
    assertRefused(() -> new CertifiedIndividuals(2, EXAM, new OfWhom(3, EXAM)), "ofWhom.count")
        .hasMessage("ofWhom.count must not exceed the step's count of 2");
    assertRefused(() -> new OfWhom(0, EXAM), "count");
    assertThat(new CertifiedIndividuals(4, EXAM, new OfWhom(2, EXAM)).plainCount()).isEqualTo(2);
  }

  @Test
  void tracksAndQualificationsAreNonEmptyAndWithoutRepeats() {
    assertRefused(() -> new Track(List.of()), "codes");
    assertRefused(() -> Track.of("70-764", "70-764"), "codes[1]");
    assertRefused(() -> new Qualification(List.of()), "tracks");
    assertRefused(() -> Qualification.anyOf("70-532", "70-533", "70-532"), "tracks[2]");
    List<Track> withAHole = new ArrayList<>(List.of(Track.of("70-532")));
    withAHole.add(null);
    assertRefused(() -> new Qualification(withAHole), "tracks[1]");
  }

  @Test
  void thresholdsArePositive() {
    assertRefused(() -> Threshold.of(0, 10), "developed");
    assertRefused(() -> new Threshold(BigDecimal.TEN, BigDecimal.valueOf(-1)), "developing");
    assertRefused(() -> new Performance(null, Threshold.everywhere(1)), "metric");
  }

  @Test
  void optionsHaveANameAndStepsAndLevelsNameTheirOptionsOnce() {
    Step step = new CertifiedIndividuals(1, EXAM);
    assertRefused(() -> new RequirementOption(" ", step), "name");
    assertRefused(() -> new RequirementOption("Empty", List.of()), "steps");
    assertRefused(() -> new LevelRequirement(List.of()), "options");
    assertRefused(
        () ->
            new LevelRequirement(
                new RequirementOption("Same", step), new RequirementOption("Same", step)),
        "options[1].name");
  }

  @Test
  void aCompetencyNeedsAGoldLevelAndASlugId() {
    LevelRequirement level =
        new LevelRequirement(new RequirementOption("One", new CertifiedIndividuals(1, EXAM)));
    assertRefused(
        () ->
            new Competency(
                new CompetencyId("erp"), "ERP", AttainmentPath.BUSINESS_APPLICATIONS, level, null),
        "gold");
    assertRefused(() -> new CompetencyId("Cloud Platform"), "id");
    assertRefused(() -> new CompetencyId("cloud--platform"), "id");
    assertThat(new CompetencyId("cloud-platform").value()).isEqualTo("cloud-platform");
  }

  @Test
  void aCatalogHoldsEachCompetencyAndRetiredCredentialOnce() {
    Competency cloud = competency("cloud-platform", "Cloud Platform");
    LocalDate day = LocalDate.of(2017, 1, 1);
    RetiredCredential retired = new RetiredCredential(new AchievementCode("70-534"), day);

    assertRefused(
        () -> new Catalog(1, day, List.of(), List.of(cloud, cloud)), "competencies[1].id");
    assertRefused(
        () -> new Catalog(1, day, List.of(), List.of(cloud, competency("cloud", "Cloud Platform"))),
        "competencies[1].name");
    assertRefused(
        () -> new Catalog(1, day, List.of(retired, retired), List.of(cloud)),
        "retiredCredentials[1].code");
    assertRefused(() -> new Catalog(0, day, List.of(), List.of(cloud)), "version");
    assertRefused(() -> new Catalog(1, day, List.of(), List.of()), "competencies");
  }

  @Test
  void aRetiredCredentialCreditsThroughItsEndOfCreditDay() {
    LocalDate end = LocalDate.of(2018, 12, 31);
    Catalog catalog =
        new Catalog(
            1,
            LocalDate.of(2017, 1, 1),
            List.of(new RetiredCredential(new AchievementCode("70-534"), end)),
            List.of(competency("cloud-platform", "Cloud Platform")));

    assertThat(catalog.credits(new AchievementCode("70-534"), end)).isTrue();
    assertThat(catalog.credits(new AchievementCode("70-534"), end.plusDays(1))).isFalse();
    assertThat(catalog.credits(new AchievementCode("70-533"), end.plusDays(1))).isTrue();
  }

  static Competency competency(String id, String name) {
    LevelRequirement level =
        new LevelRequirement(
            new RequirementOption(
                "One", new Performance(Metric.AZURE_CONSUMPTION_USD_TTM, Threshold.everywhere(1))));
    return new Competency(new CompetencyId(id), name, AttainmentPath.CLOUD_PLATFORM, level, level);
  }

  private static String defaultJson() {
    try (InputStream in = CatalogJson.class.getResourceAsStream(CatalogJson.DEFAULT_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      ThrowingSupplier<?> build, String field) {
    return assertThatThrownBy(build::get)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
