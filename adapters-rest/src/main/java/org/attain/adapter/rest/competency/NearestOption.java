package org.attain.adapter.rest.competency;

import java.util.Comparator;
import java.util.Optional;
import org.attain.domain.evaluation.LevelProgress;
import org.attain.domain.evaluation.OptionProgress;
import org.attain.domain.evaluation.PersonsProgress;
import org.attain.domain.evaluation.StepProgress;

/**
 * Which option of a level the competencies summary shows: the one that meets it, or else the one
 * nearest to being met, so that an admin sees at a glance what is left to do.
 */
final class NearestOption {

  /**
   * Nearer is a larger share of its steps met, then fewer certified persons missing; between equals
   * the first in catalog order, so that the answer is stable.
   */
  private static final Comparator<OptionProgress> NEARER =
      Comparator.<OptionProgress>comparingDouble(NearestOption::shareOfStepsMet)
          .thenComparing(Comparator.comparingInt(NearestOption::personsMissing).reversed());

  private NearestOption() {}

  static OptionProgress of(LevelProgress level) {
    Optional<OptionProgress> met = level.metBy();
    if (met.isPresent()) {
      return met.get();
    }
    OptionProgress nearest = level.options().getFirst();
    for (OptionProgress option : level.options()) {
      if (NEARER.compare(option, nearest) > 0) {
        nearest = option;
      }
    }
    return nearest;
  }

  static int stepsMet(OptionProgress option) {
    int met = 0;
    for (StepProgress step : option.steps()) {
      met += step.met() ? 1 : 0;
    }
    return met;
  }

  static int personsMissing(OptionProgress option) {
    int missing = 0;
    for (StepProgress step : option.steps()) {
      if (step instanceof PersonsProgress persons) {
        missing += persons.required() - persons.achieved();
      }
    }
    return missing;
  }

  private static double shareOfStepsMet(OptionProgress option) {
    return (double) stepsMet(option) / option.steps().size();
  }
}
