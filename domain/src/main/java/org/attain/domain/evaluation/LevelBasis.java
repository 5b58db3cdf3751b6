package org.attain.domain.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Track;
import org.attain.domain.person.PersonId;

/**
 * What a held level rests on: the met options that carry it, any one of which keeps it. Losing it
 * takes losing all of them; a level resting on an option without persons, or granted by an
 * override, cannot be lost by departures.
 */
record LevelBasis(boolean held, boolean onPersons, List<OptionNetwork> options) {

  /** Candidate holders tried for the reinforcements of one level; keeps the suggestion cheap. */
  static final int MAX_CANDIDATES = 40;

  static final LevelBasis NOT_HELD = new LevelBasis(false, false, List.of());
  static final LevelBasis NOT_ON_PERSONS = new LevelBasis(true, false, List.of());

  static LevelBasis of(List<OptionNetwork> met, boolean granted) {
    if (met.isEmpty() && !granted) {
      return NOT_HELD;
    }
    if (granted || met.stream().anyMatch(o -> !o.restsOnPersons())) {
      return NOT_ON_PERSONS;
    }
    return new LevelBasis(true, true, List.copyOf(met));
  }

  /** The basis of "at least one of these levels": a membership resting on its competencies. */
  static LevelBasis anyOf(List<LevelBasis> bases) {
    List<LevelBasis> held = bases.stream().filter(LevelBasis::held).toList();
    if (held.isEmpty()) {
      return NOT_HELD;
    }
    if (held.stream().anyMatch(b -> !b.onPersons())) {
      return NOT_ON_PERSONS;
    }
    return new LevelBasis(true, true, held.stream().flatMap(b -> b.options().stream()).toList());
  }

  Robustness robustness(IntFunction<PersonId> person) {
    if (!held) {
      return new Robustness.NotHeld();
    }
    if (!onPersons) {
      return new Robustness.NoDepartureLosesIt();
    }
    Departures loss = CombinedLoss.of(options);
    return new Robustness.LostBy(loss.count(), ids(loss.persons(), person), loss.exact());
  }

  /** The persons whose departure alone loses it: essential to every option carrying it. */
  BitSet keyPersons() {
    if (!onPersons) {
      return new BitSet();
    }
    BitSet key = null;
    for (OptionNetwork option : options) {
      if (key == null) {
        key = (BitSet) option.essential().clone();
      } else {
        key.and(option.essential());
      }
    }
    return key;
  }

  /**
   * One more holder of each whole track its slots accept (with the "of whom" credential for such
   * slots), tried as person {@code newcomer}: those after whom more departures are needed.
   */
  List<Reinforcement> reinforcements(int newcomer, Catalog catalog, LocalDate day) {
    if (!onPersons) {
      return List.of();
    }
    int now = CombinedLoss.of(options).count();
    List<Reinforcement> raising = new ArrayList<>();
    for (Set<AchievementCode> codes : candidates(catalog, day)) {
      List<OptionNetwork> then = options.stream().map(o -> o.withHolder(newcomer, codes)).toList();
      int needed = CombinedLoss.of(then).count();
      if (needed > now) {
        raising.add(new Reinforcement(List.copyOf(codes), needed));
      }
    }
    raising.sort(
        Comparator.comparingInt(Reinforcement::departuresThen)
            .reversed()
            .thenComparingInt(r -> r.codes().size()));
    return raising;
  }

  private Set<Set<AchievementCode>> candidates(Catalog catalog, LocalDate day) {
    Set<Set<AchievementCode>> candidates = new LinkedHashSet<>();
    for (OptionNetwork option : options) {
      for (SlotClass slots : option.classes()) {
        for (Track track : slots.qualification().tracks()) {
          Set<AchievementCode> codes = new LinkedHashSet<>(track.codes());
          if (slots.also() != null) {
            codes.addAll(slots.also().tracks().getFirst().codes());
          }
          if (candidates.size() < MAX_CANDIDATES
              && codes.stream().allMatch(c -> catalog.credits(c, day))) {
            candidates.add(codes);
          }
        }
      }
    }
    return candidates;
  }

  static List<PersonId> ids(BitSet persons, IntFunction<PersonId> person) {
    List<PersonId> ids = new ArrayList<>(persons.cardinality());
    for (int p = persons.nextSetBit(0); p >= 0; p = persons.nextSetBit(p + 1)) {
      ids.add(person.apply(p));
    }
    return ids;
  }
}
