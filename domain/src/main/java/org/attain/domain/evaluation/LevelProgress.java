package org.attain.domain.evaluation;

import java.util.List;
import java.util.Optional;
import org.attain.domain.catalog.Level;

/** R1: the progress on each option of a level; the level is met by the first option that is. */
public record LevelProgress(Level level, List<OptionProgress> options) {

  public LevelProgress {
    options = List.copyOf(options);
  }

  /** The option that meets the level, the first met in catalog order. */
  public Optional<OptionProgress> metBy() {
    // A loop, not a stream: every read of every competency asks, many times over.
    for (OptionProgress option : options) {
      if (option.met()) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }

  public boolean met() {
    return metBy().isPresent();
  }
}
