package org.attain.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.attain.domain.catalog.OfWhom;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.catalog.Step;
import org.attain.domain.catalog.Threshold;
import org.attain.domain.catalog.Track;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.Market;
import org.attain.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: on thousands of small random organizations and catalogs, robustness and key persons
 * equal what evaluating the organization without every subset of its persons gives.
 */
class RobustnessPropertyTest {

  private static final int CASES = 3000;
  private static final LocalDate DAY = Facts.DAY;
  private static final String[] CODES = {"A", "B", "C", "D"};

  private final AttainmentEvaluator evaluator = new AttainmentEvaluator();

  @Test
  void robustnessEqualsTheBruteForceAnswerOnGeneratedOrganizations() {
    Random random = new Random(20260513L);
    int breakable = 0;
    for (int i = 0; i < CASES; i++) {
      Catalog catalog = catalog(random);
      List<AssociatedPerson> persons = persons(random);
      breakable += check(i, catalog, persons);
    }
    assertThat(breakable).as("cases with a level some departures lose").isGreaterThan(CASES / 2);
  }

  /** Compares every level and the "any competency" bases; answers how many were breakable. */
  private int check(int seedCase, Catalog catalog, List<AssociatedPerson> persons) {
    int n = persons.size();
    Evaluation[] without = new Evaluation[1 << n];
    for (int mask = 0; mask < without.length; mask++) {
      without[mask] = evaluator.evaluate(facts(persons, mask), catalog, DAY);
    }
    AssignmentAnalysis analysis = evaluator.analyze(facts(persons, 0), catalog, DAY);
    int breakable = 0;
    for (Level level : Level.values()) {
      for (Competency competency : catalog.competencies()) {
        CompetencyId id = competency.id();
        breakable +=
            compare(
                "case " + seedCase + " " + id + " " + level,
                analysis.robustness(id, level),
                analysis.keyPersons(id, level),
                without,
                mask -> without[mask].levelIn(id).includes(attained(level)),
                persons);
      }
      breakable +=
          compare(
              "case " + seedCase + " any at " + level,
              analysis.robustnessOfAny(level),
              analysis.keyPersonsOfAny(level),
              without,
              mask ->
                  without[mask].attainments().stream()
                      .anyMatch(a -> a.level().includes(attained(level))),
              persons);
    }
    return breakable;
  }

  private int compare(
      String what,
      Robustness robustness,
      List<PersonId> keyPersons,
      Evaluation[] without,
      java.util.function.IntPredicate heldWithout,
      List<AssociatedPerson> persons) {
    int all = without.length - 1;
    if (!heldWithout.test(0)) {
      assertThat(robustness).as(what).isEqualTo(new Robustness.NotHeld());
      return 0;
    }
    if (heldWithout.test(all)) {
      assertThat(robustness).as(what).isEqualTo(new Robustness.NoDepartureLosesIt());
      assertThat(keyPersons).as(what).isEmpty();
      return 0;
    }
    int fewest = Integer.MAX_VALUE;
    List<PersonId> key = new ArrayList<>();
    for (int mask = 1; mask <= all; mask++) {
      if (!heldWithout.test(mask)) {
        fewest = Math.min(fewest, Integer.bitCount(mask));
        if (Integer.bitCount(mask) == 1) {
          key.add(persons.get(Integer.numberOfTrailingZeros(mask)).person());
        }
      }
    }
    assertThat(robustness).as(what).isInstanceOf(Robustness.LostBy.class);
    Robustness.LostBy lost = (Robustness.LostBy) robustness;
    assertThat(lost.departures()).as(what).isEqualTo(fewest);
    assertThat(lost.exact()).as(what).isTrue();
    assertThat(heldWithout.test(maskOf(lost.smallestSet(), persons)))
        .as(what + ": the smallest set loses it")
        .isFalse();
    assertThat(keyPersons).as(what + ": key persons").containsExactlyElementsOf(key);
    return 1;
  }

  private static int maskOf(List<PersonId> leaving, List<AssociatedPerson> persons) {
    int mask = 0;
    for (int p = 0; p < persons.size(); p++) {
      if (leaving.contains(persons.get(p).person())) {
        mask |= 1 << p;
      }
    }
    return mask;
  }

  private static OrganizationFacts facts(List<AssociatedPerson> persons, int leaving) {
    List<AssociatedPerson> staying = new ArrayList<>();
    for (int p = 0; p < persons.size(); p++) {
      if ((leaving & 1 << p) == 0) {
        staying.add(persons.get(p));
      }
    }
    MetricReport revenue =
        new MetricReport(
            Metric.REVENUE_USD_TTM, BigDecimal.valueOf(100), DAY.minusYears(1), DAY.minusDays(1));
    return new OrganizationFacts(Facts.CONTOSO, Market.DEVELOPED, staying, List.of(revenue));
  }

  /** Two to seven persons (in id order) holding random codes. */
  private static List<AssociatedPerson> persons(Random random) {
    List<AssociatedPerson> persons = new ArrayList<>();
    int size = 2 + random.nextInt(6);
    for (int p = 0; p < size; p++) {
      PersonId id = new PersonId(new UUID(0, p + 1));
      List<Achievement> achievements = new ArrayList<>();
      for (String code : CODES) {
        if (random.nextInt(100) < 45) {
          achievements.add(
              Achievement.earned(
                  id, AchievementKind.EXAM, new AchievementCode(code), Facts.LONG_AGO, null, null));
        }
      }
      persons.add(new AssociatedPerson(id, achievements));
    }
    return persons;
  }

  /** One or two competencies of one to three options of one to three steps each. */
  private static Catalog catalog(Random random) {
    List<Competency> competencies = new ArrayList<>();
    for (int c = 0, count = 1 + random.nextInt(2); c < count; c++) {
      LevelRequirement silver = random.nextInt(5) == 0 ? null : requirement(random);
      competencies.add(
          new Competency(
              new CompetencyId("c" + c),
              "Competency " + c,
              AttainmentPath.CLOUD_PLATFORM,
              silver,
              requirement(random)));
    }
    return new Catalog(1, LocalDate.of(2017, 1, 1), List.of(), competencies);
  }

  private static LevelRequirement requirement(Random random) {
    List<RequirementOption> options = new ArrayList<>();
    for (int o = 0, count = 1 + random.nextInt(3); o < count; o++) {
      List<Step> steps = new ArrayList<>();
      for (int s = 0, size = 1 + random.nextInt(3); s < size; s++) {
        steps.add(step(random));
      }
      options.add(new RequirementOption("option " + o, steps));
    }
    return new LevelRequirement(options);
  }

  private static Step step(Random random) {
    int kind = random.nextInt(12);
    if (kind == 0) {
      // Met or not, whoever leaves.
      long threshold = random.nextBoolean() ? 50 : 500;
      return new Performance(Metric.REVENUE_USD_TTM, Threshold.everywhere(threshold));
    }
    int count = 1 + random.nextInt(3);
    Qualification qualification = qualification(random);
    if (kind <= 2 && count > 1) {
      return new CertifiedIndividuals(
          count, qualification, new OfWhom(1 + random.nextInt(count - 1), qualification(random)));
    }
    return new CertifiedIndividuals(count, qualification);
  }

  /** One code, any of two, or a track of two. */
  private static Qualification qualification(Random random) {
    String first = CODES[random.nextInt(CODES.length)];
    String second = CODES[random.nextInt(CODES.length)];
    return switch (first.equals(second) ? 0 : random.nextInt(3)) {
      case 0 -> Qualification.anyOf(first);
      case 1 -> Qualification.anyOf(first, second);
      default -> Qualification.tracks(Track.of(first, second));
    };
  }

  private static AttainedLevel attained(Level level) {
    return level == Level.GOLD ? AttainedLevel.GOLD : AttainedLevel.SILVER;
  }
}
