package org.attain.adapter.rest.competency;

import java.util.Comparator;
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
    return level
        .metBy()
        .orElseGet(
            () ->
                level.options().stream()
                    .reduce((a, b) -> NEARER.compare(b, a) > 0 ? b : a)
                    .orElseThrow());
  }

  static int stepsMet(OptionProgress option) {
    return (int) option.steps().stream().filter(StepProgress::met).count();
  }

  static int personsMissing(OptionProgress option) {
    return option.steps().stream()
        .filter(PersonsProgress.class::isInstance)
        .map(PersonsProgress.class::cast)
        .mapToInt(step -> step.required() - step.achieved())
        .sum();
  }

  private static double shareOfStepsMet(OptionProgress option) {
    return (double) stepsMet(option) / option.steps().size();
  }
}
