package org.attain.domain.robustness;

import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.shared.Guard;

/** Issue 13: a competency whose level would drop, from {@code now} to {@code then}. */
public record LevelLoss(CompetencyId competency, AttainedLevel now, AttainedLevel then) {

  public LevelLoss {
    Guard.present(competency, "competency");
    Guard.check(now.compareTo(then) > 0, "then", "then must be lower than now");
  }
}
