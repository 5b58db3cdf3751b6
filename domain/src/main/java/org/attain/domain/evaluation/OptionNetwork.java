package org.attain.domain.evaluation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.attain.domain.achievement.AchievementCode;

/**
 * The assignment of persons to the slots of one met option, as a flow network ({@link ClassFlow}).
 * The option is lost when the persons left can no longer fill every slot; by Hall's theorem that
 * happens when, for some slot classes U, fewer of the persons able to fill them remain than U has
 * slots. The fewest departures doing it are a minimum vertex cut of the network.
 */
final class OptionNetwork {

  /** Beyond this many slot classes an option's covers are not all listed (none in the catalog). */
  static final int MAX_LISTED_CLASSES = 10;

  private final List<SlotClass> classes;
  private ClassFlow filled;

  OptionNetwork(List<SlotClass> classes) {
    this.classes = List.copyOf(classes);
  }

  /** Whether some departures could lose it: an option of performance steps alone rests on none. */
  boolean restsOnPersons() {
    return !classes.isEmpty();
  }

  /**
   * The persons matched in every maximum assignment: those whose departure alone loses the option.
   * A person is spared when an alternating path leads from a free candidate to their class (the
   * bipartite case of Gallai–Edmonds): the class can be refilled, one person moving along the path.
   */
  BitSet essential() {
    ClassFlow flow = filled();
    boolean[] refillable = new boolean[classes.size()];
    boolean grown = true;
    while (grown) {
      grown = false;
      for (int c = 0; c < classes.size(); c++) {
        if (!refillable[c] && canRefill(c, flow, refillable)) {
          refillable[c] = true;
          grown = true;
        }
      }
    }
    BitSet essential = new BitSet();
    for (int c = 0; c < classes.size(); c++) {
      if (!refillable[c]) {
        essential.or(flow.held(c));
      }
    }
    return essential;
  }

  private boolean canRefill(int c, ClassFlow flow, boolean[] refillable) {
    BitSet candidates = classes.get(c).candidates();
    BitSet free = (BitSet) candidates.clone();
    free.andNot(flow.assigned());
    if (!free.isEmpty()) {
      return true;
    }
    for (int other = 0; other < classes.size(); other++) {
      if (other != c && refillable[other] && candidates.intersects(flow.held(other))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The minimum vertex cut: for each class forced onto the source side (its capacity lifted), the
   * maximum flow's residual network gives the source side U with its persons N(U); the departure of
   * |N(U)| - slots(U) + 1 of them leaves U unfillable. The smallest over the classes is exact.
   */
  Departures smallestCut() {
    Departures best = null;
    for (int c = 0; c < classes.size(); c++) {
      boolean[] side = filled().copy().saturateUnbounded(c);
      Cover cover = cover(side);
      int count = cover.persons().cardinality() - cover.capacity();
      if (best == null || count < best.count()) {
        best = new Departures(count, firstOf(cover.persons(), count), true);
      }
    }
    return best;
  }

  /**
   * Every way the option can be lost, as covers: for each set U of slot classes, the persons able
   * to fill them and how many of those may stay (slots(U) - 1). Departures lose the option exactly
   * when they leave at most that many of some cover. Empty beyond {@link #MAX_LISTED_CLASSES}.
   */
  List<Cover> covers() {
    List<Cover> covers = new ArrayList<>();
    if (classes.size() > MAX_LISTED_CLASSES) {
      return covers;
    }
    for (int subset = 1; subset < 1 << classes.size(); subset++) {
      boolean[] side = new boolean[classes.size()];
      for (int c = 0; c < side.length; c++) {
        side[c] = (subset & 1 << c) != 0;
      }
      covers.add(cover(side));
    }
    return undominated(covers);
  }

  /**
   * Drops each cover that another makes redundant: one any staying set satisfying it satisfies too
   * (fewer persons with as much room, or more persons with room for all the extra ones).
   */
  private static List<Cover> undominated(List<Cover> covers) {
    List<Cover> kept = new ArrayList<>();
    for (int i = 0; i < covers.size(); i++) {
      boolean redundant = false;
      for (int j = 0; j < covers.size() && !redundant; j++) {
        redundant =
            j != i
                && covers.get(j).eases(covers.get(i))
                && (j < i || !covers.get(i).eases(covers.get(j)));
      }
      if (!redundant) {
        kept.add(covers.get(i));
      }
    }
    return kept;
  }

  /** The same option with one more person, of number {@code number}, holding {@code codes}. */
  OptionNetwork withHolder(int number, Set<AchievementCode> codes) {
    return new OptionNetwork(
        classes.stream().map(c -> c.takes(codes) ? c.withCandidate(number) : c).toList());
  }

  List<SlotClass> classes() {
    return classes;
  }

  private Cover cover(boolean[] side) {
    BitSet persons = new BitSet();
    int slots = 0;
    for (int c = 0; c < side.length; c++) {
      if (side[c]) {
        persons.or(classes.get(c).candidates());
        slots += classes.get(c).slots();
      }
    }
    return new Cover(persons, slots - 1);
  }

  private ClassFlow filled() {
    if (filled == null) {
      filled = new ClassFlow(classes);
      if (!filled.fillEverySlot()) {
        throw new IllegalStateException("only a met option has a network");
      }
    }
    return filled;
  }

  static BitSet firstOf(BitSet persons, int count) {
    BitSet first = new BitSet();
    for (int p = persons.nextSetBit(0); p >= 0 && count > 0; p = persons.nextSetBit(p + 1)) {
      first.set(p);
      count--;
    }
    return first;
  }

  /** Persons able to fill some slot classes, and how many of them may stay with those unfilled. */
  record Cover(BitSet persons, int capacity) {

    /** Whether every staying set within {@code other}'s capacity is within this one's too. */
    boolean eases(Cover other) {
      BitSet extra = (BitSet) persons.clone();
      extra.andNot(other.persons);
      BitSet missing = (BitSet) other.persons.clone();
      missing.andNot(persons);
      return missing.isEmpty()
          ? capacity >= other.capacity + extra.cardinality()
          : extra.isEmpty() && capacity >= other.capacity;
    }
  }
}
