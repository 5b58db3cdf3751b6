package org.attain.domain.evaluation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A flow in the network source → slot class (capacity: its slots) → person (split in two with
 * capacity 1, so a person carries one unit) → sink: which persons each class holds. Augmenting
 * paths are searched class by class with word-wide set operations, so one search costs O(classes² ·
 * persons / 64) whatever the number of slots.
 */
final class ClassFlow {

  private final List<SlotClass> classes;
  private final BitSet[] held;
  private final BitSet assigned;

  ClassFlow(List<SlotClass> classes) {
    this.classes = classes;
    this.held = new BitSet[classes.size()];
    for (int c = 0; c < held.length; c++) {
      held[c] = new BitSet();
    }
    this.assigned = new BitSet();
  }

  private ClassFlow(ClassFlow flow) {
    this.classes = flow.classes;
    this.held = new BitSet[flow.held.length];
    for (int c = 0; c < held.length; c++) {
      held[c] = (BitSet) flow.held[c].clone();
    }
    this.assigned = (BitSet) flow.assigned.clone();
  }

  ClassFlow copy() {
    return new ClassFlow(this);
  }

  /** Fills every class to its capacity; false when no assignment fills every slot. */
  boolean fillEverySlot() {
    for (int c = 0; c < held.length; c++) {
      while (held[c].cardinality() < classes.get(c).slots()) {
        if (!augmentFrom(c, new int[held.length])) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Lifts the capacity of class {@code start} and pushes all the flow it can take; answers the
   * classes left reachable from it in the residual network: the source side of a minimum cut with
   * {@code start} on it.
   */
  boolean[] saturateUnbounded(int start) {
    BitSet free = (BitSet) classes.get(start).candidates().clone();
    free.andNot(assigned);
    held[start].or(free);
    assigned.or(free);
    int[] reached = new int[held.length];
    while (augmentFrom(start, reached)) {
      reached = new int[held.length];
    }
    boolean[] side = new boolean[held.length];
    for (int c = 0; c < side.length; c++) {
      side[c] = reached[c] != 0;
    }
    return side;
  }

  /** The persons class {@code c} holds; not to be changed. */
  BitSet held(int c) {
    return held[c];
  }

  BitSet assigned() {
    return assigned;
  }

  /**
   * One augmenting path from class {@code start} by breadth-first search over classes: a class ends
   * the path when one of its candidates is free, and otherwise leads to each class holding one of
   * its candidates, which then gives that person up and needs another. {@code reached} records, for
   * each class found, 1 + the class it was found from (start: its own).
   */
  private boolean augmentFrom(int start, int[] reached) {
    int[] via = new int[held.length];
    Arrays.fill(via, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    reached[start] = start + 1;
    queue.add(start);
    while (!queue.isEmpty()) {
      int c = queue.poll();
      BitSet candidates = classes.get(c).candidates();
      int free = firstFree(candidates);
      if (free >= 0) {
        shift(start, c, free, reached, via);
        return true;
      }
      for (int other = 0; other < held.length; other++) {
        if (reached[other] == 0 && candidates.intersects(held[other])) {
          BitSet shared = (BitSet) candidates.clone();
          shared.and(held[other]);
          reached[other] = c + 1;
          via[other] = shared.nextSetBit(0);
          queue.add(other);
        }
      }
    }
    return false;
  }

  private int firstFree(BitSet candidates) {
    // Most candidates are free or few are assigned: skipping assigned ones is cheap.
    for (int person = candidates.nextSetBit(0);
        person >= 0;
        person = candidates.nextSetBit(person)) {
      int nextAssigned = assigned.nextClearBit(person);
      if (nextAssigned == person) {
        return person;
      }
      person = nextAssigned;
    }
    return -1;
  }

  /** Applies a path ending at class {@code end}, which takes {@code free}. */
  private void shift(int start, int end, int free, int[] reached, int[] via) {
    held[end].set(free);
    assigned.set(free);
    for (int c = end; c != start; c = reached[c] - 1) {
      int person = via[c];
      held[c].clear(person);
      held[reached[c] - 1].set(person);
    }
  }
}
