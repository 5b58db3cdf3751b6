package org.attain.domain.evaluation;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R1: a maximum matching of an option's slots to persons, one person per slot and one slot per
 * person, found with augmenting paths (Kuhn's algorithm). A slot that cannot be filled when its
 * turn comes never can be, so one pass over the slots is enough. Only matched persons are tracked,
 * and at most one more person than there are slots is visited per augmentation, so the cost depends
 * on the number of slots, not on the size of the organization.
 */
final class SlotMatching {

  private final List<BitSet> candidates;
  private final int[] personOfSlot;
  private final Map<Integer, Integer> slotOfPerson = new HashMap<>();

  private SlotMatching(List<BitSet> candidates) {
    this.candidates = candidates;
    this.personOfSlot = new int[candidates.size()];
    Arrays.fill(personOfSlot, -1);
  }

  /**
   * For each slot, the number of the person filling it, or -1. Candidates are tried in increasing
   * person number, which makes the matching deterministic.
   */
  static int[] match(List<BitSet> candidates) {
    SlotMatching matching = new SlotMatching(candidates);
    for (int slot = 0; slot < candidates.size(); slot++) {
      matching.augment(slot, new HashSet<>());
    }
    return matching.personOfSlot;
  }

  private boolean augment(int slot, Set<Integer> visited) {
    BitSet eligible = candidates.get(slot);
    for (int person = eligible.nextSetBit(0);
        person >= 0;
        person = eligible.nextSetBit(person + 1)) {
      if (!visited.add(person)) {
        continue;
      }
      Integer holder = slotOfPerson.get(person);
      if (holder == null || augment(holder, visited)) {
        slotOfPerson.put(person, slot);
        personOfSlot[slot] = person;
        return true;
      }
    }
    return false;
  }
}
