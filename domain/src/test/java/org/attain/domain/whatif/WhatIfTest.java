package org.attain.domain.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.catalog.Threshold;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.AttainmentEvaluator;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverridePolicy;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Issue 13: a scenario's changes evaluated by the same engine as real facts, nothing stored. */
class WhatIfTest {

  static final LocalDate DAY = LocalDate.of(2018, 6, 1);
  static final OrganizationId CONTOSO = new OrganizationId(new UUID(7, 7));
  static final CompetencyId CLOUD = new CompetencyId("cloud-platform");

  /** Silver: 1 × 70-533; Gold: 2 × 70-533 and USD 15,000 of Azure consumption. */
  static final Catalog CATALOG =
      new Catalog(
          1,
          LocalDate.of(2017, 1, 1),
          List.of(),
          List.of(
              new Competency(
                  CLOUD,
                  "Cloud Platform",
                  AttainmentPath.CLOUD_PLATFORM,
                  new LevelRequirement(new RequirementOption("Silver", holding(1))),
                  new LevelRequirement(
                      new RequirementOption(
                          "Gold",
                          holding(2),
                          new Performance(
                              Metric.AZURE_CONSUMPTION_USD_TTM, Threshold.everywhere(15_000)))))));

  private final AttainmentEvaluator evaluator = new AttainmentEvaluator();
  private final WhatIf whatIf = new WhatIf(evaluator);

  @Test
  void aPersonLeavingAnswersWhatTheRealDepartureProduces() {
    Situation now = situation(facts(List.of(person(1, "70-533"), person(2, "70-533")), 20_000));

    ScenarioOutcome outcome =
        whatIf.evaluate(now, Scenario.of(new ScenarioChange.PersonLeaves(id(1))), DAY);

    assertThat(outcome.then())
        .isEqualTo(evaluator.evaluate(facts(List.of(person(2, "70-533")), 20_000), CATALOG, DAY));
    assertThat(outcome.changes())
        .containsExactly(new AttainmentDifference(CLOUD, AttainedLevel.GOLD, AttainedLevel.SILVER));
    assertThat(outcome.carriesNow(MembershipLevel.GOLD)).isTrue();
    assertThat(outcome.carriesThen(MembershipLevel.GOLD)).isFalse();
  }

  @Test
  void aPersonJoiningAndAMetricReportedRaiseTheLevel() {
    Situation now = situation(facts(List.of(person(1, "70-533")), 0));
    MetricReport azure =
        new MetricReport(
            Metric.AZURE_CONSUMPTION_USD_TTM,
            BigDecimal.valueOf(15_000),
            DAY.minusYears(1),
            DAY.minusDays(1));

    ScenarioOutcome outcome =
        whatIf.evaluate(
            now,
            Scenario.of(
                new ScenarioChange.PersonJoins(person(2, "70-533")),
                new ScenarioChange.MetricReported(azure)),
            DAY);

    assertThat(outcome.then().levelIn(CLOUD)).isEqualTo(AttainedLevel.GOLD);
    assertThat(outcome.now().levelIn(CLOUD)).isEqualTo(AttainedLevel.SILVER);
  }

  @Test
  void anExamRetiredWithItsCreditEndedBeforeTheDayStopsCounting() {
    Situation now = situation(facts(List.of(person(1, "70-533")), 0));

    ScenarioOutcome outcome =
        whatIf.evaluate(
            now,
            Scenario.of(
                new ScenarioChange.ExamRetired(new AchievementCode("70-533"), DAY.minusDays(1))),
            DAY);

    assertThat(outcome.then().levelIn(CLOUD)).isEqualTo(AttainedLevel.NONE);
  }

  @Test
  void anAchievementExpiringOrEarnedChangesWhoHoldsTheExam() {
    AssociatedPerson holder = person(1, "70-533");
    Situation now = situation(facts(List.of(holder, person(2)), 0));
    Achievement exam = holder.achievements().getFirst();
    Achievement earned =
        Achievement.earned(
            id(2), AchievementKind.EXAM, new AchievementCode("70-533"), DAY, null, null);

    assertThat(
            outcome(now, new ScenarioChange.AchievementExpires(exam.id(), DAY.minusDays(1)))
                .levelIn(CLOUD))
        .isEqualTo(AttainedLevel.NONE);
    assertThat(
            outcome(
                    now,
                    new ScenarioChange.AchievementExpires(exam.id(), DAY.minusDays(1)),
                    new ScenarioChange.AchievementEarned(earned))
                .levelIn(CLOUD))
        .isEqualTo(AttainedLevel.SILVER);
  }

  @Test
  void anOverrideEndingBeforeTheDayNoLongerCounts() {
    AgentOverride gold =
        AgentOverride.grant(
            CONTOSO,
            CLOUD,
            new OverrideGrant.LevelGranted(Level.GOLD),
            "agent",
            "feed delayed",
            DAY.minusDays(10),
            null,
            null,
            OverridePolicy.PROGRAMME_DEFAULT);
    OrganizationFacts facts =
        new OrganizationFacts(
            CONTOSO, Market.DEVELOPED, List.of(person(1, "70-533")), List.of(), List.of(gold));

    assertThat(
            outcome(situation(facts), new ScenarioChange.OverrideEnds(gold.id(), DAY.minusDays(1)))
                .levelIn(CLOUD))
        .isEqualTo(AttainedLevel.SILVER);
    assertThat(evaluator.evaluate(facts, CATALOG, DAY).levelIn(CLOUD))
        .as("the real facts are untouched")
        .isEqualTo(AttainedLevel.GOLD);
  }

  @Test
  void aDraftCatalogIsEvaluatedInsteadOfTheOneInForce() {
    Situation now = situation(facts(List.of(person(1, "70-533")), 0));
    Catalog draft =
        new Catalog(
            2,
            LocalDate.of(2018, 7, 1),
            List.of(),
            List.of(
                new Competency(
                    CLOUD,
                    "Cloud Platform",
                    AttainmentPath.CLOUD_PLATFORM,
                    new LevelRequirement(new RequirementOption("Silver", holding(2))),
                    new LevelRequirement(new RequirementOption("Gold", holding(3))))));

    ScenarioOutcome outcome =
        whatIf.evaluate(now, Scenario.of(new ScenarioChange.CatalogUsed(draft)), DAY);

    assertThat(outcome.then().catalogVersion()).isEqualTo(2);
    assertThat(outcome.changes())
        .containsExactly(new AttainmentDifference(CLOUD, AttainedLevel.SILVER, AttainedLevel.NONE));
  }

  @Test
  void aChangeNamingSomeoneTheOrganizationDoesNotHoldIsRefused() {
    Situation now = situation(facts(List.of(person(1, "70-533")), 0));

    assertThatThrownBy(
            () -> whatIf.evaluate(now, Scenario.of(new ScenarioChange.PersonLeaves(id(9))), DAY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("person");
  }

  private org.attain.domain.evaluation.Evaluation outcome(
      Situation now, ScenarioChange... changes) {
    return whatIf.evaluate(now, Scenario.of(changes), DAY).then();
  }

  private static Situation situation(OrganizationFacts facts) {
    return new Situation(facts, CATALOG);
  }

  private static CertifiedIndividuals holding(int count) {
    return new CertifiedIndividuals(count, Qualification.anyOf("70-533"));
  }

  private static OrganizationFacts facts(List<AssociatedPerson> persons, long azure) {
    MetricReport report =
        new MetricReport(
            Metric.AZURE_CONSUMPTION_USD_TTM,
            BigDecimal.valueOf(azure),
            DAY.minusYears(1),
            DAY.minusDays(1));
    return new OrganizationFacts(CONTOSO, Market.DEVELOPED, persons, List.of(report));
  }

  static PersonId id(int n) {
    return new PersonId(new UUID(0, n));
  }

  static AssociatedPerson person(int n, String... codes) {
    return new AssociatedPerson(
        id(n),
        Arrays.stream(codes)
            .map(
                code ->
                    Achievement.earned(
                        id(n),
                        AchievementKind.EXAM,
                        new AchievementCode(code),
                        LocalDate.of(2016, 1, 1),
                        null,
                        null))
            .toList());
  }
}
