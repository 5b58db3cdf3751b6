package org.attain.domain.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/**
 * Issue 13: an evaluation with the assignments of persons to slots behind it. For each held level
 * it tells the key persons (whose departure alone loses it), its robustness (the fewest departures
 * that do) and what would raise it; and the same for "some competency at a level", which is what a
 * membership rests on (R4, R6). Built by {@link AttainmentEvaluator#analyze}.
 */
public final class AssignmentAnalysis {

  private final Evaluation evaluation;
  private final Map<CompetencyId, Map<Level, LevelBasis>> bases;
  private final IntFunction<PersonId> person;
  private final int newcomer;
  private final Catalog catalog;

  private AssignmentAnalysis(Builder builder, Evaluation evaluation) {
    this.evaluation = evaluation;
    this.bases = builder.bases;
    this.person = builder.person;
    this.newcomer = builder.facts.persons().size();
    this.catalog = builder.catalog;
  }

  public Evaluation evaluation() {
    return evaluation;
  }

  /** The fewest departures that lose {@code level} in {@code competency}, with one such set. */
  public Robustness robustness(CompetencyId competency, Level level) {
    return basis(competency, level).robustness(person);
  }

  /** The persons whose departure alone loses {@code level} in {@code competency}, by id. */
  public List<PersonId> keyPersons(CompetencyId competency, Level level) {
    return LevelBasis.ids(basis(competency, level).keyPersons(), person);
  }

  /** What one more person could hold to raise that robustness, most raising first. */
  public List<Reinforcement> reinforcements(CompetencyId competency, Level level) {
    return basis(competency, level).reinforcements(newcomer, catalog, evaluation.date());
  }

  /**
   * The fewest departures after which no competency holds {@code level} any more: what a Silver (a
   * competency at Silver or Gold) or Gold (one at Gold) membership rests on.
   */
  public Robustness robustnessOfAny(Level level) {
    return any(level).robustness(person);
  }

  /** The persons whose departure alone leaves no competency at {@code level}, by id. */
  public List<PersonId> keyPersonsOfAny(Level level) {
    return LevelBasis.ids(any(level).keyPersons(), person);
  }

  public List<Reinforcement> reinforcementsOfAny(Level level) {
    return any(level).reinforcements(newcomer, catalog, evaluation.date());
  }

  private LevelBasis basis(CompetencyId competency, Level level) {
    Guard.present(competency, "competency");
    Guard.present(level, "level");
    Map<Level, LevelBasis> byLevel = bases.get(competency);
    return byLevel == null ? LevelBasis.NOT_HELD : byLevel.get(level);
  }

  private LevelBasis any(Level level) {
    Guard.present(level, "level");
    return LevelBasis.anyOf(bases.values().stream().map(b -> b.get(level)).toList());
  }

  /** Collects each competency's met options as the evaluator goes. */
  static final class Builder {

    private final OrganizationFacts facts;
    private final Catalog catalog;
    private final Map<CompetencyId, Map<Level, LevelBasis>> bases = new LinkedHashMap<>();
    private IntFunction<PersonId> person = n -> null;

    Builder(OrganizationFacts facts, Catalog catalog, LocalDate date) {
      this.facts = facts;
      this.catalog = catalog;
    }

    void add(Competency competency, OptionAssessment assessment, Attainment attainment) {
      person = assessment.holders()::person;
      List<OptionNetwork> gold = met(competency, Level.GOLD, assessment, attainment);
      List<OptionNetwork> silver = new ArrayList<>(gold);
      silver.addAll(met(competency, Level.SILVER, assessment, attainment));
      AttainedLevel granted = attainment.grantedLevel();
      bases.put(
          competency.id(),
          Map.of(
              Level.GOLD,
              LevelBasis.of(gold, granted == AttainedLevel.GOLD),
              Level.SILVER,
              LevelBasis.of(silver, granted != AttainedLevel.NONE)));
    }

    AssignmentAnalysis build(Evaluation evaluation) {
      return new AssignmentAnalysis(this, evaluation);
    }

    private static List<OptionNetwork> met(
        Competency competency, Level level, OptionAssessment assessment, Attainment attainment) {
      List<OptionNetwork> met = new ArrayList<>();
      LevelRequirement requirement = competency.requirementFor(level).orElse(null);
      LevelProgress progress = attainment.progress(level).orElse(null);
      if (requirement == null || progress == null) {
        return met;
      }
      for (int o = 0; o < requirement.options().size(); o++) {
        if (progress.options().get(o).met()) {
          met.add(assessment.network(requirement.options().get(o)));
        }
      }
      return met;
    }
  }
}
