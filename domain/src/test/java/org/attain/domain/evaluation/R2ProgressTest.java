package org.attain.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.domain.evaluation.Catalogs.TESTED;
import static org.attain.domain.evaluation.Facts.DAY;
import static org.attain.domain.evaluation.Facts.person;

import java.math.BigDecimal;
import java.util.List;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.OfWhom;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.catalog.Threshold;
import org.attain.domain.metric.Metric;
import org.junit.jupiter.api.Test;

/** R2: every step of every option shows its progress and the persons filling it. */
class R2ProgressTest {

  private static final Qualification MB2 = Qualification.anyOf("MB2-715");

  private final AttainmentEvaluator evaluator = new AttainmentEvaluator();

  @Test
  void R2_personsProgressSaysHowManyOfHowManyAndWho() {
    Catalog catalog = Catalogs.silver(new CertifiedIndividuals(4, MB2));

    PersonsProgress progress =
        (PersonsProgress)
            silverSteps(
                    Facts.developed()
                        .person(3, "MB2-715")
                        .person(1, "MB2-715")
                        .person(2, "MB2-715"),
                    catalog)
                .getFirst();

    assertThat(progress.required()).isEqualTo(4);
    assertThat(progress.achieved()).isEqualTo(3);
    assertThat(progress.met()).isFalse();
    assertThat(progress.contributors()).containsExactly(person(1), person(2), person(3));
  }

  @Test
  void R2_metricProgressSaysTheValueAgainstTheMarketsThreshold() {
    Catalog catalog =
        Catalogs.silver(
            new Performance(Metric.CLOUD_REVENUE_USD_TTM, Threshold.of(15_000, 10_000)));

    MetricProgress developed =
        (MetricProgress)
            silverSteps(Facts.developed().metric(Metric.CLOUD_REVENUE_USD_TTM, 12_500), catalog)
                .getFirst();
    MetricProgress developing =
        (MetricProgress)
            silverSteps(Facts.developing().metric(Metric.CLOUD_REVENUE_USD_TTM, 12_500), catalog)
                .getFirst();
    MetricProgress unreported = (MetricProgress) silverSteps(Facts.developed(), catalog).getFirst();

    assertThat(developed.achieved()).isEqualByComparingTo("12500");
    assertThat(developed.required()).isEqualByComparingTo("15000");
    assertThat(developed.met()).isFalse();
    assertThat(developed.countingReport()).isPresent();
    assertThat(developing.required()).isEqualByComparingTo("10000");
    assertThat(developing.met()).isTrue();
    assertThat(unreported.achieved()).isEqualTo(BigDecimal.ZERO);
    assertThat(unreported.countingReport()).isEmpty();
  }

  @Test
  void R2_everyStepOfEveryOptionOfEveryLevelHasProgress() {
    Catalog catalog =
        Catalogs.catalog(
            new LevelRequirement(
                new RequirementOption(
                    "Customer engagement",
                    new Performance(Metric.CLOUD_REVENUE_USD_TTM, Threshold.of(100_000, 50_000)),
                    new CertifiedIndividuals(5, MB2)),
                new RequirementOption(
                    "Operations",
                    new Performance(Metric.REVENUE_USD_TTM, Threshold.everywhere(100_000)),
                    new Performance(Metric.CLOUD_REVENUE_USD_TTM, Threshold.everywhere(25_000)))),
            new LevelRequirement(
                new RequirementOption(
                    "Customer engagement",
                    new Performance(Metric.CLOUD_REVENUE_USD_TTM, Threshold.of(300_000, 150_000)),
                    new CertifiedIndividuals(15, MB2))));

    Attainment attainment =
        evaluator
            .evaluate(
                Facts.developed()
                    .person(1, "MB2-715")
                    .metric(Metric.CLOUD_REVENUE_USD_TTM, 30_000)
                    .build(),
                catalog,
                DAY)
            .attainment(TESTED)
            .orElseThrow();

    assertThat(attainment.levels())
        .extracting(LevelProgress::level)
        .containsExactly(Level.SILVER, Level.GOLD);
    LevelProgress silver = attainment.progress(Level.SILVER).orElseThrow();
    assertThat(silver.options())
        .extracting(OptionProgress::option)
        .containsExactly("Customer engagement", "Operations");
    assertThat(silver.options().get(0).steps())
        .extracting(StepProgress::met)
        .containsExactly(false, false);
    assertThat(silver.options().get(1).steps())
        .extracting(StepProgress::met)
        .containsExactly(false, true);
    assertThat(attainment.progress(Level.GOLD).orElseThrow().options().getFirst().steps())
        .hasSize(2);
  }

  @Test
  void R2_theSameFactsGiveTheSameContributorsInWhateverOrderTheyCome() {
    Catalog catalog = Catalogs.silver(new CertifiedIndividuals(2, MB2));
    Facts facts = Facts.developed();
    for (int n = 10; n >= 1; n--) {
      facts.person(n, "MB2-715");
    }

    List<StepProgress> given = silverSteps(facts.build(), catalog);
    List<StepProgress> reversed = silverSteps(facts.reversed(), catalog);

    assertThat(given).isEqualTo(reversed);
    assertThat(((PersonsProgress) given.getFirst()).contributors())
        .as("candidates are tried in id order")
        .containsExactly(person(1), person(2));
  }

  @Test
  void R2_ofWhomProgressNamesThoseWhoAlsoHoldTheOtherCredential() {
    Catalog catalog =
        Catalogs.silver(
            new CertifiedIndividuals(
                4,
                Qualification.anyOf("70-496"),
                new OfWhom(2, Qualification.anyOf("PSM I", "CSM"))));

    PersonsProgress progress =
        (PersonsProgress)
            silverSteps(
                    Facts.developed()
                        .person(1, "70-496")
                        .person(2, "70-496", "CSM")
                        .person(3, "70-496")
                        .person(4, "70-496"),
                    catalog)
                .getFirst();

    assertThat(progress.achieved()).isEqualTo(3);
    assertThat(progress.contributors()).hasSize(3).contains(person(2));
    assertThat(progress.alsoHoldingRequired()).isEqualTo(2);
    assertThat(progress.alsoHolding()).containsExactly(person(2));
  }

  @Test
  void R2_aPersonAppearsInOneStepOfAnOptionButInEveryOptionTheyQualifyFor() {
    Catalog catalog =
        Catalogs.catalog(
            new LevelRequirement(
                new RequirementOption(
                    "Two steps",
                    new CertifiedIndividuals(1, MB2),
                    new CertifiedIndividuals(1, MB2)),
                new RequirementOption("One step", new CertifiedIndividuals(1, MB2))),
            new LevelRequirement(new RequirementOption("Gold", new CertifiedIndividuals(1, MB2))));

    LevelProgress silver =
        evaluator
            .evaluate(Facts.developed().person(1, "MB2-715").build(), catalog, DAY)
            .attainment(TESTED)
            .orElseThrow()
            .progress(Level.SILVER)
            .orElseThrow();

    assertThat(silver.options().get(0).steps())
        .extracting(p -> ((PersonsProgress) p).contributors())
        .containsExactly(List.of(person(1)), List.of());
    assertThat(silver.options().get(1).steps())
        .extracting(p -> ((PersonsProgress) p).contributors())
        .containsExactly(List.of(person(1)));
    assertThat(silver.metBy()).map(OptionProgress::option).contains("One step");
  }

  private List<StepProgress> silverSteps(Facts facts, Catalog catalog) {
    return silverSteps(facts.build(), catalog);
  }

  private List<StepProgress> silverSteps(OrganizationFacts facts, Catalog catalog) {
    return evaluator
        .evaluate(facts, catalog, DAY)
        .attainment(TESTED)
        .orElseThrow()
        .progress(Level.SILVER)
        .orElseThrow()
        .options()
        .getFirst()
        .steps();
  }
}
