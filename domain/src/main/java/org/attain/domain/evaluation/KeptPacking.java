package org.attain.domain.evaluation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The most persons that can stay while every one of several covers keeps at most its capacity of
 * them, so that every option is lost; the others must leave. Persons in one cover only are kept
 * first, as many as its capacity allows: swapping one of them for a kept person of several covers
 * never keeps fewer. What capacity is left (small: fewer than an option's slots) is shared among
 * the persons of several covers by a bounded depth-first search.
 */
final class KeptPacking {

  /** Search nodes allowed before the best found is taken as is (inexact). */
  static final int NODE_BUDGET = 20_000;

  private final List<BitSet> groups = new ArrayList<>();
  private final List<List<Integer>> groupCovers = new ArrayList<>();
  private int[] capacity;
  private int nodes;
  private boolean exhausted;
  private int best;
  private int[] bestTaken;

  /** The persons who must leave, with whether the search proved them the fewest. */
  static Departures leavers(List<OptionNetwork.Cover> covers) {
    return new KeptPacking().solve(tightest(covers));
  }

  /**
   * Covers of the same persons (options asking for the same credentials) reduce to the one with
   * least room, which implies the others: fewer covers, far fewer signatures to search.
   */
  private static List<OptionNetwork.Cover> tightest(List<OptionNetwork.Cover> covers) {
    Map<BitSet, OptionNetwork.Cover> byPersons = new LinkedHashMap<>();
    for (OptionNetwork.Cover cover : covers) {
      byPersons.merge(cover.persons(), cover, (a, b) -> a.capacity() <= b.capacity() ? a : b);
    }
    return List.copyOf(byPersons.values());
  }

  private Departures solve(List<OptionNetwork.Cover> covers) {
    BitSet union = new BitSet();
    BitSet several = new BitSet();
    for (OptionNetwork.Cover cover : covers) {
      BitSet shared = (BitSet) union.clone();
      shared.and(cover.persons());
      several.or(shared);
      union.or(cover.persons());
    }
    capacity = new int[covers.size()];
    BitSet kept = new BitSet();
    for (int o = 0; o < covers.size(); o++) {
      BitSet alone = (BitSet) covers.get(o).persons().clone();
      alone.andNot(several);
      BitSet keptHere = OptionNetwork.firstOf(alone, covers.get(o).capacity());
      kept.or(keptHere);
      capacity[o] = covers.get(o).capacity() - keptHere.cardinality();
    }
    groupBySignature(covers, several);
    bestTaken = new int[groups.size()];
    search(0, 0, new int[groups.size()]);
    for (int g = 0; g < groups.size(); g++) {
      kept.or(OptionNetwork.firstOf(groups.get(g), bestTaken[g]));
    }
    BitSet leaving = (BitSet) union.clone();
    leaving.andNot(kept);
    return new Departures(leaving.cardinality(), leaving, !exhausted);
  }

  /** Persons of several covers grouped by the covers they are in, where all have room left. */
  private void groupBySignature(List<OptionNetwork.Cover> covers, BitSet several) {
    Map<BitSet, BitSet> bySignature = new HashMap<>();
    for (int p = several.nextSetBit(0); p >= 0; p = several.nextSetBit(p + 1)) {
      BitSet signature = new BitSet();
      boolean room = true;
      for (int o = 0; o < covers.size() && room; o++) {
        if (covers.get(o).persons().get(p)) {
          signature.set(o);
          room = capacity[o] > 0;
        }
      }
      if (room) {
        bySignature.computeIfAbsent(signature, s -> new BitSet()).set(p);
      }
    }
    bySignature.forEach(
        (signature, persons) -> {
          groups.add(persons);
          groupCovers.add(signature.stream().boxed().toList());
        });
  }

  private void search(int g, int keptSoFar, int[] taken) {
    if (keptSoFar > best) {
      best = keptSoFar;
      bestTaken = taken.clone();
    }
    if (g == groups.size() || ++nodes > NODE_BUDGET) {
      exhausted |= g < groups.size();
      return;
    }
    int room = 0;
    for (int c : capacity) {
      room += c;
    }
    // Each person kept here uses the room of two covers at least.
    if (keptSoFar + room / 2 <= best) {
      return;
    }
    int most = groups.get(g).cardinality();
    for (int o : groupCovers.get(g)) {
      most = Math.min(most, capacity[o]);
    }
    for (int take = most; take >= 0; take--) {
      for (int o : groupCovers.get(g)) {
        capacity[o] -= take;
      }
      taken[g] = take;
      search(g + 1, keptSoFar + take, taken);
      for (int o : groupCovers.get(g)) {
        capacity[o] += take;
      }
    }
    taken[g] = 0;
  }
}
