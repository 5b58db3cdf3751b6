package org.attain.domain.override;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.OfWhom;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.catalog.Threshold;
import org.attain.domain.metric.Metric;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** R7: an override is granted only for what can count in its competency. */
class R7OverrideScopeTest {

  private static final PersonId ANA = new PersonId(new UUID(0, 1));

  /** Gold only: Azure consumption and two architects (70-533), one of them also holding 70-339. */
  private static final Competency GOLD_ONLY =
      new Competency(
          new CompetencyId("cloud-platform"),
          "Cloud Platform",
          AttainmentPath.CLOUD_PLATFORM,
          null,
          new LevelRequirement(
              new RequirementOption(
                  "Azure consumption",
                  new Performance(Metric.AZURE_CONSUMPTION_USD_TTM, Threshold.everywhere(100_000)),
                  new CertifiedIndividuals(
                      2,
                      Qualification.anyOf("70-533"),
                      new OfWhom(1, Qualification.anyOf("70-339"))))));

  @Test
  void R7_aCredentialCountsWhenAStepOfTheCompetencyAsksForIt() {
    assertThat(OverrideScope.countsIn(holds("70-533"), GOLD_ONLY)).isTrue();
    assertThat(OverrideScope.countsIn(holds("70-339"), GOLD_ONLY)).isTrue();
    assertThat(OverrideScope.countsIn(holds("AZ-900"), GOLD_ONLY)).isFalse();
  }

  @Test
  void R7_aPerformanceCountsWhenAStepMeasuresItsMetric() {
    assertThat(
            OverrideScope.countsIn(
                new OverrideGrant.PerformanceMet(Metric.AZURE_CONSUMPTION_USD_TTM), GOLD_ONLY))
        .isTrue();
    assertThat(
            OverrideScope.countsIn(
                new OverrideGrant.PerformanceMet(Metric.POWER_BI_SEATS), GOLD_ONLY))
        .isFalse();
  }

  @Test
  void R7_aLevelCountsWhenTheCompetencyHasIt() {
    assertThat(OverrideScope.countsIn(new OverrideGrant.LevelGranted(Level.GOLD), GOLD_ONLY))
        .isTrue();
    assertThatThrownBy(
            () ->
                OverrideScope.requireCountsIn(
                    new OverrideGrant.LevelGranted(Level.SILVER), GOLD_ONLY))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo("override-outside-competency"));
  }

  private static OverrideGrant holds(String code) {
    return new OverrideGrant.HoldsCredential(ANA, new AchievementCode(code));
  }
}
