package org.attain.domain.membership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.LevelProgress;
import org.attain.domain.evaluation.MetricProgress;
import org.attain.domain.evaluation.OptionProgress;
import org.attain.domain.evaluation.PersonsProgress;
import org.attain.domain.evaluation.StepProgress;

/**
 * R4: the competencies nearest to a level the organization does not hold, so that a refusal says
 * what to work on. Each competency is measured by its most advanced option: the share of the
 * option's units met, where a person slot is one unit and a metric step is one unit counted by the
 * fraction of its threshold reached. Nearest first; ties go to fewer missing units, then the id.
 */
public final class ClosestCompetencies {

  /** How many competencies a refusal names. */
  public static final int SHOWN = 3;

  private static final Comparator<Candidate> NEAREST_FIRST =
      Comparator.comparing(Candidate::share)
          .reversed()
          .thenComparing(Candidate::missingUnits)
          .thenComparing(c -> c.gap().competency().value());

  private ClosestCompetencies() {}

  /** Up to {@code limit} competencies not attained at {@code needed}, nearest first. */
  public static List<CompetencyGap> to(AttainedLevel needed, Evaluation evaluation, int limit) {
    if (needed == AttainedLevel.NONE) {
      return List.of();
    }
    return evaluation.attainments().stream()
        .filter(a -> !a.level().includes(needed))
        .flatMap(a -> bestOption(a, needed).stream())
        .sorted(NEAREST_FIRST)
        .limit(limit)
        .map(Candidate::gap)
        .toList();
  }

  /**
   * Silver can also be demonstrated by Gold, so a Gold-only competency is measured against Gold.
   */
  private static Optional<Candidate> bestOption(Attainment attainment, AttainedLevel needed) {
    Optional<LevelProgress> level =
        needed == AttainedLevel.SILVER
            ? attainment.progress(Level.SILVER).or(() -> attainment.progress(Level.GOLD))
            : attainment.progress(Level.GOLD);
    return level.flatMap(
        l ->
            l.options().stream()
                .map(o -> candidate(attainment, l.level(), o))
                .max(Comparator.comparing(Candidate::share)));
  }

  private static Candidate candidate(Attainment attainment, Level level, OptionProgress option) {
    BigDecimal met = BigDecimal.ZERO;
    BigDecimal units = BigDecimal.ZERO;
    List<Shortfall> shortfalls = new ArrayList<>();
    for (int i = 0; i < option.steps().size(); i++) {
      StepProgress step = option.steps().get(i);
      switch (step) {
        case PersonsProgress persons -> {
          met = met.add(BigDecimal.valueOf(persons.achieved()));
          units = units.add(BigDecimal.valueOf(persons.required()));
          if (!persons.met()) {
            shortfalls.add(missingPersons(i, persons));
          }
        }
        case MetricProgress metric -> {
          met = met.add(reached(metric));
          units = units.add(BigDecimal.ONE);
          if (!metric.met()) {
            shortfalls.add(
                new MissingValue(i, metric.step(), metric.achieved(), metric.required()));
          }
        }
      }
    }
    BigDecimal share = met.divide(units, 6, RoundingMode.DOWN);
    int percent = share.movePointRight(2).setScale(0, RoundingMode.DOWN).intValueExact();
    return new Candidate(
        new CompetencyGap(attainment.competency(), level, option.option(), percent, shortfalls),
        share,
        units.subtract(met));
  }

  private static MissingPersons missingPersons(int index, PersonsProgress persons) {
    return new MissingPersons(
        index,
        persons.step(),
        persons.required() - persons.achieved(),
        Math.max(0, persons.alsoHoldingRequired() - persons.alsoHolding().size()));
  }

  /** The fraction of the threshold reached, at most one. */
  private static BigDecimal reached(MetricProgress metric) {
    return metric.achieved().divide(metric.required(), 6, RoundingMode.DOWN).min(BigDecimal.ONE);
  }

  private record Candidate(CompetencyGap gap, BigDecimal share, BigDecimal missingUnits) {}
}
