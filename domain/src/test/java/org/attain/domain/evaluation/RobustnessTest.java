package org.attain.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.domain.evaluation.Catalogs.TESTED;
import static org.attain.domain.evaluation.Facts.DAY;
import static org.attain.domain.evaluation.Facts.person;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverridePolicy;
import org.junit.jupiter.api.Test;

/** Issue 13: the fewest departures that lose a held level, a membership's basis, and more. */
class RobustnessTest {

  private final AttainmentEvaluator evaluator = new AttainmentEvaluator();

  private static CertifiedIndividuals holding(int count, String code) {
    return new CertifiedIndividuals(count, Qualification.anyOf(code));
  }

  @Test
  void robustnessIsTheHoldersBeyondTheSlotsPlusOne() {
    Catalog catalog = Catalogs.silver(holding(2, "A"));
    Facts facts = Facts.developed().person(1, "A").person(2, "A").person(3, "A").person(4, "A");

    assertThat(robustness(facts, catalog, TESTED, Level.SILVER))
        .isEqualTo(new Robustness.LostBy(3, List.of(person(1), person(2), person(3)), true));
  }

  @Test
  void aPersonHoldingTwoCredentialsCountsInTheCutOfEitherStep() {
    Catalog catalog = Catalogs.silver(holding(1, "A"), holding(2, "B"));
    Facts facts = Facts.developed().person(1, "A").person(2, "A", "B").person(3, "B");

    // Persons able to fill A or B: 1, 2, 3 for three slots, so any one leaving loses it.
    assertThat(robustness(facts, catalog, TESTED, Level.SILVER))
        .isInstanceOfSatisfying(
            Robustness.LostBy.class, lost -> assertThat(lost.departures()).isEqualTo(1));
  }

  @Test
  void aMembershipRestingOnTwoCompetenciesIsLostOnlyWhenBothAre() {
    CompetencyId other = new CompetencyId("other");
    Catalog catalog =
        new Catalog(
            1,
            LocalDate.of(2017, 1, 1),
            List.of(),
            List.of(
                competency(TESTED, "Tested", holding(1, "A")),
                competency(other, "Other", holding(1, "B"))));
    Facts facts = Facts.developed().person(1, "A").person(2, "B");

    AssignmentAnalysis analysis = evaluator.analyze(facts.build(), catalog, DAY);

    assertThat(analysis.keyPersons(TESTED, Level.SILVER)).containsExactly(person(1));
    assertThat(analysis.keyPersonsOfAny(Level.SILVER)).isEmpty();
    assertThat(analysis.robustnessOfAny(Level.SILVER))
        .isEqualTo(new Robustness.LostBy(2, List.of(person(1), person(2)), true));
    assertThat(analysis.robustnessOfAny(Level.GOLD)).isEqualTo(new Robustness.NotHeld());
  }

  @Test
  void aLevelGrantedByAnOverrideIsLostByNoDeparture() {
    Catalog catalog = Catalogs.silver(holding(1, "A"));
    Facts facts =
        Facts.developed()
            .person(1, "A")
            .override(
                AgentOverride.grant(
                    Facts.CONTOSO,
                    TESTED,
                    new OverrideGrant.LevelGranted(Level.SILVER),
                    "agent",
                    "pending exam feed",
                    DAY,
                    DAY,
                    null,
                    OverridePolicy.PROGRAMME_DEFAULT));

    assertThat(robustness(facts, catalog, TESTED, Level.SILVER))
        .isEqualTo(new Robustness.NoDepartureLosesIt());
  }

  @Test
  void oneMoreHolderOfTheExamMakesTheLevelSurviveAnySingleDeparture() {
    Catalog catalog = Catalogs.silver(holding(2, "70-533"), holding(1, "70-480"));
    Facts facts =
        Facts.developed().person(1, "70-533").person(2, "70-533").person(3, "70-480", "70-533");

    AssignmentAnalysis analysis = evaluator.analyze(facts.build(), catalog, DAY);

    assertThat(analysis.keyPersons(TESTED, Level.SILVER)).hasSize(3);
    assertThat(analysis.reinforcements(TESTED, Level.SILVER))
        .as("a third holder of 70-533 leaves person 3 the only one for 70-480")
        .containsExactly(new Reinforcement(List.of(new AchievementCode("70-480")), 2));
  }

  private static Competency competency(CompetencyId id, String name, CertifiedIndividuals step) {
    return new Competency(
        id,
        name,
        AttainmentPath.CLOUD_PLATFORM,
        new LevelRequirement(new RequirementOption("Silver", step)),
        new LevelRequirement(new RequirementOption("Gold", holding(9, "NOBODY"))));
  }

  private Robustness robustness(Facts facts, Catalog catalog, CompetencyId id, Level level) {
    return evaluator.analyze(facts.build(), catalog, DAY).robustness(id, level);
  }
}
