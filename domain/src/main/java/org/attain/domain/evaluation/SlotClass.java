package org.attain.domain.evaluation;

import java.util.BitSet;
import java.util.Set;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.Track;

/**
 * Slots of one option that take the same persons: a step's plain slots, or its "of whom" slots.
 * Slots of one class are interchangeable, so the flow network has one node per class with their
 * number as its capacity, instead of one node per slot.
 *
 * @param also the "of whom" qualification its persons must hold too, {@code null} for plain slots
 * @param candidates shared with the evaluation's caches: never changed
 */
record SlotClass(int slots, BitSet candidates, Qualification qualification, Qualification also) {

  /** Whether a person holding exactly {@code codes} could fill these slots. */
  boolean takes(Set<AchievementCode> codes) {
    return satisfies(qualification, codes) && (also == null || satisfies(also, codes));
  }

  /** The same slots with person {@code number} among the candidates. */
  SlotClass withCandidate(int number) {
    BitSet more = (BitSet) candidates.clone();
    more.set(number);
    return new SlotClass(slots, more, qualification, also);
  }

  private static boolean satisfies(Qualification qualification, Set<AchievementCode> codes) {
    for (Track track : qualification.tracks()) {
      if (codes.containsAll(track.codes())) {
        return true;
      }
    }
    return false;
  }
}
