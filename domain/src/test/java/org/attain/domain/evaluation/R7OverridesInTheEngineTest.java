package org.attain.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.domain.evaluation.Catalogs.TESTED;
import static org.attain.domain.evaluation.Facts.CONTOSO;
import static org.attain.domain.evaluation.Facts.DAY;
import static org.attain.domain.evaluation.Facts.person;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.Threshold;
import org.attain.domain.metric.Metric;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverridePolicy;
import org.junit.jupiter.api.Test;

/**
 * R7: the engine counts an agent's override in its competency on the days it holds, and only then,
 * so that its end takes effect on the day after its last without any job running.
 */
class R7OverridesInTheEngineTest {

  private static final LocalDate LAST_DAY = DAY.plusMonths(3);

  private final AttainmentEvaluator evaluator = new AttainmentEvaluator();

  private final Catalog examForSilverTwoForGold =
      Catalogs.silverAndGold(
          List.of(new CertifiedIndividuals(1, Qualification.anyOf("70-533"))),
          List.of(new CertifiedIndividuals(2, Qualification.anyOf("70-533"))));

  @Test
  void R7_aPersonCountedAsHoldingAnExamCountsWhileTheOverrideHolds() {
    Facts facts =
        Facts.developed()
            .personHoldingNothing(1)
            .override(granted(new OverrideGrant.HoldsCredential(person(1), code("70-533"))));

    assertThat(levelOn(facts, DAY)).isEqualTo(AttainedLevel.SILVER);
    assertThat(contributorsOn(facts, DAY)).containsExactly(person(1));
  }

  @Test
  void R7_theLastDayCountsAndTheDayAfterDoesNot() {
    Facts facts =
        Facts.developed()
            .personHoldingNothing(1)
            .override(granted(new OverrideGrant.HoldsCredential(person(1), code("70-533"))));

    assertThat(levelOn(facts, DAY.minusDays(1)))
        .as("before it starts")
        .isEqualTo(AttainedLevel.NONE);
    assertThat(levelOn(facts, LAST_DAY)).as("its last day").isEqualTo(AttainedLevel.SILVER);
    assertThat(levelOn(facts, LAST_DAY.plusDays(1)))
        .as("the day after")
        .isEqualTo(AttainedLevel.NONE);
  }

  @Test
  void R7_anOverrideLiftsTheEvidenceItAddsTo() {
    Facts facts =
        Facts.developed()
            .person(1, "70-533")
            .personHoldingNothing(2)
            .override(granted(new OverrideGrant.HoldsCredential(person(2), code("70-533"))));

    assertThat(levelOn(facts, DAY)).isEqualTo(AttainedLevel.GOLD);
    assertThat(levelOn(facts, LAST_DAY.plusDays(1)))
        .as("reverts to what the evidence gives")
        .isEqualTo(AttainedLevel.SILVER);
  }

  @Test
  void R7_aPersonWhoLeftGainsNothingFromAnOverrideOnThem() {
    Facts stayed =
        Facts.developed()
            .personHoldingNothing(2)
            .override(granted(new OverrideGrant.HoldsCredential(person(1), code("70-533"))));

    assertThat(levelOn(stayed, DAY))
        .as("the override names a person the organization no longer counts (R3)")
        .isEqualTo(AttainedLevel.NONE);
  }

  @Test
  void R7_aPerformanceStepMarkedMetIsMetWhateverTheValue() {
    Catalog catalog =
        Catalogs.silver(
            new Performance(Metric.AZURE_CONSUMPTION_USD_TTM, Threshold.everywhere(100_000)));
    Facts facts =
        Facts.developed()
            .metric(Metric.AZURE_CONSUMPTION_USD_TTM, 10)
            .override(granted(new OverrideGrant.PerformanceMet(Metric.AZURE_CONSUMPTION_USD_TTM)));

    Attainment attainment = attainment(facts, catalog, DAY);
    MetricProgress step =
        (MetricProgress)
            attainment.progress(Level.SILVER).orElseThrow().options().getFirst().steps().getFirst();
    assertThat(attainment.level()).isEqualTo(AttainedLevel.SILVER);
    assertThat(step.overridden()).isTrue();
    assertThat(step.achieved())
        .as("the value reported stays what it was")
        .isEqualByComparingTo("10");
    assertThat(attainment(facts, catalog, LAST_DAY.plusDays(1)).level())
        .isEqualTo(AttainedLevel.NONE);
  }

  @Test
  void R7_aLevelGrantedOutrightIsHeldWhileTheOverrideHolds() {
    Facts facts =
        Facts.developed()
            .person(1, "70-533")
            .override(granted(new OverrideGrant.LevelGranted(Level.GOLD)));

    Attainment attainment = attainment(facts, examForSilverTwoForGold, DAY);
    assertThat(attainment.level()).isEqualTo(AttainedLevel.GOLD);
    assertThat(attainment.levelByProgress()).isEqualTo(AttainedLevel.SILVER);
    assertThat(levelOn(facts, LAST_DAY.plusDays(1))).isEqualTo(AttainedLevel.SILVER);
  }

  @Test
  void R7_aGrantedLevelNeverLowersWhatTheEvidenceGives() {
    Facts facts =
        Facts.developed()
            .person(1, "70-533")
            .person(2, "70-533")
            .override(granted(new OverrideGrant.LevelGranted(Level.SILVER)));

    assertThat(levelOn(facts, DAY)).isEqualTo(AttainedLevel.GOLD);
  }

  @Test
  void R7_anOverrideCountsOnlyInItsCompetency() {
    Facts facts =
        Facts.developed()
            .personHoldingNothing(1)
            .override(
                AgentOverride.grant(
                    CONTOSO,
                    new CompetencyId("another"),
                    new OverrideGrant.HoldsCredential(person(1), code("70-533")),
                    "agent-7",
                    "exam not yet in the feed",
                    DAY,
                    null,
                    null,
                    OverridePolicy.PROGRAMME_DEFAULT));

    assertThat(levelOn(facts, DAY)).isEqualTo(AttainedLevel.NONE);
  }

  @Test
  void R7_aRevokedOverrideStopsCountingOnTheDayItIsRevoked() {
    AgentOverride override = granted(new OverrideGrant.LevelGranted(Level.SILVER));
    override.revoke("agent-9", "granted by mistake", DAY.plusDays(10));
    Facts facts = Facts.developed().override(override);

    assertThat(levelOn(facts, DAY.plusDays(9))).isEqualTo(AttainedLevel.SILVER);
    assertThat(levelOn(facts, DAY.plusDays(10))).isEqualTo(AttainedLevel.NONE);
  }

  @Test
  void R7_theAttainmentShowsWhichOverridesItRestsOnAndUntilWhen() {
    AgentOverride override = granted(new OverrideGrant.LevelGranted(Level.SILVER));
    Facts facts = Facts.developed().override(override);

    assertThat(attainment(facts, examForSilverTwoForGold, DAY).overrides())
        .containsExactly(new AppliedOverride(override.id(), override.grant(), LAST_DAY));
    assertThat(attainment(facts, examForSilverTwoForGold, LAST_DAY.plusDays(1)).overrides())
        .isEmpty();
  }

  private static AgentOverride granted(OverrideGrant grant) {
    return AgentOverride.grant(
        CONTOSO,
        TESTED,
        grant,
        "agent-7",
        "passed the exam on 2018-05-30; not yet in the certification feed",
        DAY,
        null,
        null,
        OverridePolicy.PROGRAMME_DEFAULT);
  }

  private static AchievementCode code(String code) {
    return new AchievementCode(code);
  }

  private AttainedLevel levelOn(Facts facts, LocalDate day) {
    return attainment(facts, examForSilverTwoForGold, day).level();
  }

  private List<org.attain.domain.person.PersonId> contributorsOn(Facts facts, LocalDate day) {
    PersonsProgress step =
        (PersonsProgress)
            attainment(facts, examForSilverTwoForGold, day)
                .progress(Level.SILVER)
                .orElseThrow()
                .options()
                .getFirst()
                .steps()
                .getFirst();
    return step.contributors();
  }

  private Attainment attainment(Facts facts, Catalog catalog, LocalDate day) {
    return evaluator.evaluate(facts.build(), catalog, day).attainment(TESTED).orElseThrow();
  }
}
