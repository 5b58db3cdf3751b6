package org.attain.domain.evaluation;

import java.util.List;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/** Issue 13: how many persons would have to leave together for a held level to be lost. */
public sealed interface Robustness {

  /** The level is not held on the day: there is nothing to lose. */
  record NotHeld() implements Robustness {}

  /**
   * No departure loses it: an option meeting it has performance steps alone, or an agent's override
   * grants the level.
   */
  record NoDepartureLosesIt() implements Robustness {}

  /**
   * {@code departures} persons leaving together lose it, for example {@code smallestSet}; fewer
   * never do. 1 means a single key person.
   *
   * @param smallestSet ordered by id
   * @param exact false only when a search over many options stopped at its budget; {@code
   *     departures} is then an upper bound (never for the default catalog's options)
   */
  record LostBy(int departures, List<PersonId> smallestSet, boolean exact) implements Robustness {
    public LostBy {
      Guard.check(departures >= 1, "departures", "departures must be at least 1");
      smallestSet = List.copyOf(smallestSet);
      Guard.check(
          smallestSet.size() == departures, "smallestSet", "smallestSet must hold departures");
    }
  }
}
