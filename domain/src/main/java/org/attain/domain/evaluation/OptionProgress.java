package org.attain.domain.evaluation;

import java.util.List;

/** R2: the progress on every step of one requirement option; met when every step is. */
public record OptionProgress(String option, List<StepProgress> steps) {

  public OptionProgress {
    steps = List.copyOf(steps);
  }

  public boolean met() {
    for (StepProgress step : steps) {
      if (!step.met()) {
        return false;
      }
    }
    return true;
  }
}
