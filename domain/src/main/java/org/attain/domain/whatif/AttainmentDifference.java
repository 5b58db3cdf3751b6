package org.attain.domain.whatif;

import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.shared.Guard;

/** Issue 13: a competency's level now and under a scenario; NONE where a catalog lacks it. */
public record AttainmentDifference(CompetencyId competency, AttainedLevel now, AttainedLevel then) {

  public AttainmentDifference {
    Guard.present(competency, "competency");
    Guard.present(now, "now");
    Guard.present(then, "then");
  }

  public boolean changed() {
    return now != then;
  }

  public boolean lost() {
    return now.compareTo(then) > 0;
  }
}
