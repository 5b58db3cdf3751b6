package org.attain.domain.evaluation;

import java.util.List;
import java.util.Optional;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;

/**
 * The level an organization holds in one competency, with the progress on each level the catalog
 * defines for it (no Silver entry for a Gold-only competency).
 */
public record Attainment(CompetencyId competency, List<LevelProgress> levels) {

  public Attainment {
    levels = List.copyOf(levels);
  }

  /** R1: Gold when a Gold option is met (which implies Silver), else Silver when one of it is. */
  public AttainedLevel level() {
    if (progress(Level.GOLD).filter(LevelProgress::met).isPresent()) {
      return AttainedLevel.GOLD;
    }
    return progress(Level.SILVER).filter(LevelProgress::met).isPresent()
        ? AttainedLevel.SILVER
        : AttainedLevel.NONE;
  }

  public Optional<LevelProgress> progress(Level level) {
    return levels.stream().filter(l -> l.level() == level).findFirst();
  }
}
