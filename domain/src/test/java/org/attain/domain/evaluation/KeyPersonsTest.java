package org.attain.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.domain.evaluation.Catalogs.TESTED;
import static org.attain.domain.evaluation.Facts.DAY;
import static org.attain.domain.evaluation.Facts.person;

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

/** Issue 13: the persons whose departure alone would lose a held level. */
class KeyPersonsTest {

  private final AttainmentEvaluator evaluator = new AttainmentEvaluator();

  private static CertifiedIndividuals holding(int count, String code) {
    return new CertifiedIndividuals(count, Qualification.anyOf(code));
  }

  @Test
  void aPersonInEveryMaximumAssignmentIsKey() {
    Catalog catalog = Catalogs.silver(holding(2, "70-533"));
    Facts facts = Facts.developed().person(1, "70-533").person(2, "70-533").person(3, "70-480");

    assertThat(keyPersons(facts, catalog, Level.SILVER)).containsExactly(person(1), person(2));
  }

  @Test
  void aPersonFillingTheOnlySlotTheirCredentialsShareIsKeyThoughAnotherHoldsOneOfThem() {
    Catalog catalog = Catalogs.silver(holding(1, "A"), holding(1, "B"));
    Facts facts = Facts.developed().person(1, "A", "B").person(2, "A");

    assertThat(keyPersons(facts, catalog, Level.SILVER))
        .as("without 1 nobody holds B; without 2, 1 cannot fill both steps")
        .containsExactly(person(1), person(2));
  }

  @Test
  void oneWhoCanBeReplacedByAnotherHolderIsNot() {
    Catalog catalog = Catalogs.silver(holding(2, "70-533"));
    Facts facts = Facts.developed().person(1, "70-533").person(2, "70-533").person(3, "70-533");

    assertThat(keyPersons(facts, catalog, Level.SILVER)).isEmpty();
  }

  @Test
  void oneWhoCanBeReplacedThroughAnotherPersonChangingStepsIsNot() {
    Catalog catalog = Catalogs.silver(holding(1, "A"), holding(1, "B"));
    Facts facts = Facts.developed().person(1, "A", "B").person(2, "A").person(3, "B");

    assertThat(keyPersons(facts, catalog, Level.SILVER))
        .as("without 2, person 1 moves to A and 3 fills B")
        .isEmpty();
  }

  @Test
  void twoOptionsMeetingOneLevelMakeAPersonKeyOnlyIfNeitherSurvivesWithoutThem() {
    Catalog catalog =
        Catalogs.catalog(
            new LevelRequirement(
                new RequirementOption("By A", holding(1, "A")),
                new RequirementOption("By B", holding(1, "B"))),
            new LevelRequirement(new RequirementOption("Gold", holding(5, "A"))));

    assertThat(keyPersons(Facts.developed().person(1, "A", "B"), catalog, Level.SILVER))
        .as("both options rest on person 1")
        .containsExactly(person(1));
    assertThat(keyPersons(Facts.developed().person(1, "A").person(2, "B"), catalog, Level.SILVER))
        .as("each option survives the other's person leaving")
        .isEmpty();
    assertThat(
            keyPersons(Facts.developed().person(1, "A", "B").person(2, "B"), catalog, Level.SILVER))
        .as("option B survives person 1 leaving")
        .isEmpty();
  }

  @Test
  void silverHeldThroughAMetGoldOptionNeedsThatOptionLostToo() {
    Catalog catalog = Catalogs.silverAndGold(List.of(holding(1, "A")), List.of(holding(1, "B")));
    Facts facts = Facts.developed().person(1, "A").person(2, "B");

    assertThat(keyPersons(facts, catalog, Level.GOLD)).containsExactly(person(2));
    assertThat(keyPersons(facts, catalog, Level.SILVER)).isEmpty();
  }

  @Test
  void ofWhomSlotsMakeTheOnlyHolderOfBothCredentialsKey() {
    Catalog catalog =
        Catalogs.silver(
            new CertifiedIndividuals(
                2, Qualification.anyOf("A"), new OfWhom(1, Qualification.anyOf("B"))));
    Facts facts = Facts.developed().person(1, "A", "B").person(2, "A").person(3, "A");

    assertThat(keyPersons(facts, catalog, Level.SILVER)).containsExactly(person(1));
  }

  @Test
  void aLevelMetByPerformanceAloneHasNoKeyPersons() {
    Catalog catalog =
        Catalogs.catalog(
            new LevelRequirement(
                new RequirementOption("Persons", holding(1, "A")),
                new RequirementOption(
                    "Revenue", new Performance(Metric.REVENUE_USD_TTM, Threshold.everywhere(10)))),
            new LevelRequirement(new RequirementOption("Gold", holding(5, "A"))));
    Facts facts = Facts.developed().person(1, "A").metric(Metric.REVENUE_USD_TTM, 10);

    assertThat(keyPersons(facts, catalog, Level.SILVER)).isEmpty();
    assertThat(analysis(facts, catalog).robustness(TESTED, Level.SILVER))
        .isEqualTo(new Robustness.NoDepartureLosesIt());
  }

  @Test
  void aLevelNotHeldHasNoKeyPersons() {
    Catalog catalog = Catalogs.silver(holding(2, "A"));
    Facts facts = Facts.developed().person(1, "A");

    assertThat(keyPersons(facts, catalog, Level.SILVER)).isEmpty();
    assertThat(analysis(facts, catalog).robustness(TESTED, Level.SILVER))
        .isEqualTo(new Robustness.NotHeld());
  }

  private List<org.attain.domain.person.PersonId> keyPersons(
      Facts facts, Catalog catalog, Level level) {
    return analysis(facts, catalog).keyPersons(TESTED, level);
  }

  private AssignmentAnalysis analysis(Facts facts, Catalog catalog) {
    return evaluator.analyze(facts.build(), catalog, DAY);
  }
}
