package org.attain.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.domain.evaluation.Catalogs.TESTED;
import static org.attain.domain.evaluation.Facts.DAY;
import static org.attain.domain.evaluation.Facts.person;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.OfWhom;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.catalog.RetiredCredential;
import org.attain.domain.catalog.Threshold;
import org.attain.domain.catalog.Track;
import org.attain.domain.metric.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R1: a level is attained when one of its options is met, persons filling one slot each. */
class R1DemonstratingProficiencyTest {

  private final AttainmentEvaluator evaluator = new AttainmentEvaluator();

  @Test
  void R1_anyOneOfTheAlternativeExamsQualifiesAPerson() {
    Catalog catalog =
        Catalogs.silver(new CertifiedIndividuals(1, Qualification.anyOf("70-532", "70-533")));

    assertThat(level(Facts.developed().person(1, "70-533"), catalog))
        .isEqualTo(AttainedLevel.SILVER);
    assertThat(level(Facts.developed().person(1, "70-480"), catalog)).isEqualTo(AttainedLevel.NONE);
  }

  @Test
  void R1_aTrackNeedsEveryExamOfOneOfItsTracks() {
    Catalog catalog =
        Catalogs.silver(
            new CertifiedIndividuals(
                1,
                Qualification.tracks(
                    Track.of("70-764", "70-765"), Track.of("70-762", "70-761", "70-473"))));

    assertThat(level(Facts.developed().person(1, "70-764", "70-765"), catalog))
        .isEqualTo(AttainedLevel.SILVER);
    assertThat(level(Facts.developed().person(1, "70-762", "70-761", "70-473"), catalog))
        .isEqualTo(AttainedLevel.SILVER);
    assertThat(level(Facts.developed().person(1, "70-764"), catalog)).isEqualTo(AttainedLevel.NONE);
    assertThat(level(Facts.developed().person(1, "70-764", "70-762", "70-761"), catalog))
        .as("half of one track and most of another are no track")
        .isEqualTo(AttainedLevel.NONE);
    assertThat(level(Facts.developed().person(1, "70-764").person(2, "70-765"), catalog))
        .as("one person must hold the whole track")
        .isEqualTo(AttainedLevel.NONE);
  }

  @Test
  void R1_ofWhomSlotsNeedPersonsHoldingTheStepsQualificationAndTheOtherCredential() {
    Catalog catalog =
        Catalogs.silver(
            new CertifiedIndividuals(
                4,
                Qualification.tracks(Track.of("74-343", "70-348")),
                new OfWhom(2, Qualification.anyOf("70-339"))));
    Facts facts =
        Facts.developed()
            .person(1, "74-343", "70-348", "70-339")
            .person(2, "74-343", "70-348")
            .person(3, "74-343", "70-348")
            .person(4, "74-343", "70-348")
            .person(5, "70-339");

    assertThat(level(facts, catalog))
        .as("person 5 holds 70-339 but not the track, so only one of two such slots is filled")
        .isEqualTo(AttainedLevel.NONE);
    assertThat(level(facts.person(6, "74-343", "70-348", "70-339"), catalog))
        .isEqualTo(AttainedLevel.SILVER);
  }

  @ParameterizedTest(name = "USD {0} in a {1} market: {2}")
  @CsvSource({
    "15000, DEVELOPED,  SILVER",
    "14999, DEVELOPED,  NONE",
    "10000, DEVELOPING, SILVER",
    "9999,  DEVELOPING, NONE"
  })
  void R1_aPerformanceThresholdDependsOnTheMarket(long usd, String market, AttainedLevel level) {
    Catalog catalog =
        Catalogs.silver(
            new Performance(Metric.AZURE_CONSUMPTION_USD_TTM, Threshold.of(15_000, 10_000)));
    Facts facts = market.equals("DEVELOPED") ? Facts.developed() : Facts.developing();

    assertThat(level(facts.metric(Metric.AZURE_CONSUMPTION_USD_TTM, usd), catalog))
        .isEqualTo(level);
  }

  @Test
  void R1_aGoldOnlyCompetencyHasNoSilverLevel() {
    Catalog erp =
        Catalogs.catalog(
            null,
            new LevelRequirement(
                new RequirementOption(
                    "License revenue",
                    new Performance(
                        Metric.ERP_LICENSE_REVENUE_USD_TTM, Threshold.of(175_000, 75_000)))));

    Attainment developed =
        evaluate(Facts.developed().metric(Metric.ERP_LICENSE_REVENUE_USD_TTM, 100_000), erp);
    Attainment developing =
        evaluate(Facts.developing().metric(Metric.ERP_LICENSE_REVENUE_USD_TTM, 100_000), erp);

    assertThat(developed.level()).isEqualTo(AttainedLevel.NONE);
    assertThat(developed.progress(Level.SILVER)).isEmpty();
    assertThat(developed.levels()).extracting(LevelProgress::level).containsExactly(Level.GOLD);
    assertThat(developing.level()).isEqualTo(AttainedLevel.GOLD);
  }

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({"2018-12-31, SILVER", "2019-01-01, NONE"})
  void R1_aRetiredExamCountsThroughItsEndOfCreditDay(LocalDate day, AttainedLevel level) {
    Catalog catalog =
        Catalogs.silverAndGold(
            List.of(new CertifiedIndividuals(1, Qualification.anyOf("70-534"))),
            List.of(new CertifiedIndividuals(1, Qualification.anyOf("NOBODY-HAS-IT"))),
            new RetiredCredential(new AchievementCode("70-534"), LocalDate.of(2018, 12, 31)));

    Evaluation evaluation =
        evaluator.evaluate(Facts.developed().person(1, "70-534").build(), catalog, day);

    assertThat(evaluation.levelIn(TESTED)).isEqualTo(level);
  }

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({"2017-12-31, NONE", "2018-01-01, SILVER", "2019-12-31, SILVER", "2020-01-01, NONE"})
  void R1_aCertificationCountsFromItsEarningThroughItsExpiryDay(
      LocalDate day, AttainedLevel level) {
    Catalog catalog =
        Catalogs.silver(new CertifiedIndividuals(1, Qualification.anyOf("MCSA Office 365")));
    Facts facts =
        Facts.developed()
            .person(
                1,
                Facts.earned(
                    1,
                    "MCSA Office 365",
                    LocalDate.of(2018, 1, 1),
                    LocalDate.of(2019, 12, 31),
                    null));

    assertThat(evaluator.evaluate(facts.build(), catalog, day).levelIn(TESTED)).isEqualTo(level);
  }

  @Test
  void R1_aPersonWhoCouldFillTwoStepsOfAnOptionCountsOnce() {
    Catalog catalog =
        Catalogs.silver(
            new CertifiedIndividuals(1, Qualification.anyOf("70-496")),
            new CertifiedIndividuals(1, Qualification.anyOf("70-498")));

    assertThat(level(Facts.developed().person(1, "70-496", "70-498"), catalog))
        .isEqualTo(AttainedLevel.NONE);
    assertThat(level(Facts.developed().person(1, "70-496", "70-498").person(2, "70-498"), catalog))
        .isEqualTo(AttainedLevel.SILVER);
  }

  @Test
  void R1_matchingMeetsAnOptionThatAGreedyAssignmentMisses() {
    // Greedy, step by step and person by person: person 1 takes the first step, and nobody is
    // left with 70-339 for the second. Matching moves person 1 to the second step.
    Catalog catalog =
        Catalogs.silver(
            new CertifiedIndividuals(1, Qualification.anyOf("70-339", "70-345")),
            new CertifiedIndividuals(1, Qualification.anyOf("70-339")));
    Facts facts = Facts.developed().person(1, "70-339", "70-345").person(2, "70-345");

    Attainment attainment = evaluate(facts, catalog);

    assertThat(attainment.level()).isEqualTo(AttainedLevel.SILVER);
    assertThat(steps(attainment, Level.SILVER))
        .extracting(p -> ((PersonsProgress) p).contributors())
        .containsExactly(List.of(person(2)), List.of(person(1)));
  }

  @Test
  void R1_matchingFillsTheOfWhomSlotsThatAGreedyAssignmentGivesAway() {
    // Greedy on plain slots first would give persons 1 and 2 (both DevOps and agile) to the
    // plain slots, leaving the "of whom" slots to persons 3 and 4, who hold no agile credential.
    Catalog catalog =
        Catalogs.silver(
            new CertifiedIndividuals(2, Qualification.anyOf("70-496")),
            new CertifiedIndividuals(
                2, Qualification.anyOf("70-496"), new OfWhom(2, Qualification.anyOf("PSM I"))));
    Facts facts =
        Facts.developed()
            .person(1, "70-496", "PSM I")
            .person(2, "70-496", "PSM I")
            .person(3, "70-496")
            .person(4, "70-496");

    Attainment attainment = evaluate(facts, catalog);

    assertThat(attainment.level()).isEqualTo(AttainedLevel.SILVER);
    assertThat(steps(attainment, Level.SILVER))
        .extracting(p -> ((PersonsProgress) p).contributors())
        .containsExactly(List.of(person(3), person(4)), List.of(person(1), person(2)));
  }

  @Test
  void R1_goldImpliesSilverEvenWhenNoSilverOptionIsMet() {
    Catalog catalog =
        Catalogs.silverAndGold(
            List.of(new CertifiedIndividuals(2, Qualification.anyOf("70-533"))),
            List.of(
                new Performance(Metric.AZURE_CONSUMPTION_USD_TTM, Threshold.everywhere(100_000))));

    Attainment attainment =
        evaluate(Facts.developed().metric(Metric.AZURE_CONSUMPTION_USD_TTM, 100_000), catalog);

    assertThat(attainment.progress(Level.SILVER).orElseThrow().met()).isFalse();
    assertThat(attainment.level()).isEqualTo(AttainedLevel.GOLD);
    assertThat(attainment.level().includes(AttainedLevel.SILVER)).isTrue();
  }

  @Test
  void R1_anyOneOptionMeetsTheLevelAndTheFirstMetIsNamed() {
    Catalog catalog =
        Catalogs.catalog(
            new LevelRequirement(
                new RequirementOption(
                    "Big data", new CertifiedIndividuals(2, Qualification.anyOf("TA-BIG-DATA"))),
                new RequirementOption(
                    "SQL Server", new CertifiedIndividuals(1, Qualification.anyOf("70-764"))),
                new RequirementOption(
                    "Also SQL Server", new CertifiedIndividuals(1, Qualification.anyOf("70-764")))),
            new LevelRequirement(
                new RequirementOption(
                    "Gold", new CertifiedIndividuals(9, Qualification.anyOf("70-764")))));

    LevelProgress silver =
        evaluate(Facts.developed().person(1, "70-764", "TA-BIG-DATA"), catalog)
            .progress(Level.SILVER)
            .orElseThrow();

    assertThat(silver.met()).isTrue();
    assertThat(silver.metBy()).map(OptionProgress::option).contains("SQL Server");
  }

  @Test
  void R1_aPersonCountsInEveryOptionAndLevelOnItsOwn() {
    Catalog catalog =
        Catalogs.silverAndGold(
            List.of(new CertifiedIndividuals(1, Qualification.anyOf("70-533"))),
            List.of(new CertifiedIndividuals(2, Qualification.anyOf("70-533"))));

    assertThat(level(Facts.developed().person(1, "70-533").person(2, "70-533"), catalog))
        .isEqualTo(AttainedLevel.GOLD);
  }

  @Test
  void R1_aStaleOrMissingMetricReportMeetsNoThreshold() {
    Catalog catalog =
        Catalogs.silver(
            new Performance(Metric.OFFICE_365_NEW_CUSTOMERS_TTM, Threshold.everywhere(4)));
    Facts facts = Facts.developed().metric(Metric.OFFICE_365_NEW_CUSTOMERS_TTM, 4);

    assertThat(evaluator.evaluate(facts.build(), catalog, DAY).levelIn(TESTED))
        .isEqualTo(AttainedLevel.SILVER);
    assertThat(evaluator.evaluate(facts.build(), catalog, DAY.plusYears(1)).levelIn(TESTED))
        .isEqualTo(AttainedLevel.NONE);
    assertThat(level(Facts.developed(), catalog)).isEqualTo(AttainedLevel.NONE);
  }

  @Test
  void R1_inALargeOrganizationTheScarceCredentialStillDecides() {
    Catalog catalog =
        Catalogs.silver(
            new CertifiedIndividuals(
                4,
                Qualification.tracks(Track.of("70-496", "70-498")),
                new OfWhom(2, Qualification.anyOf("PSM I", "CSM"))));
    Facts facts = Facts.developed().person(5_000, "70-496", "70-498", "CSM").person(5_001, "CSM");
    for (int n = 1; n <= 3_000; n++) {
      facts.person(n, "70-496", "70-498");
    }

    PersonsProgress progress =
        (PersonsProgress) steps(evaluate(facts, catalog), Level.SILVER).getFirst();

    assertThat(progress.achieved()).isEqualTo(3);
    assertThat(progress.alsoHolding()).containsExactly(person(5_000));
    assertThat(progress.contributors()).containsExactly(person(1), person(2), person(5_000));
  }

  private AttainedLevel level(Facts facts, Catalog catalog) {
    return evaluate(facts, catalog).level();
  }

  private Attainment evaluate(Facts facts, Catalog catalog) {
    return evaluator.evaluate(facts.build(), catalog, DAY).attainment(TESTED).orElseThrow();
  }

  private static List<StepProgress> steps(Attainment attainment, Level level) {
    return attainment.progress(level).orElseThrow().options().getFirst().steps();
  }
}
