package org.attain.domain.evaluation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The fewest departures losing every one of several met options at once: a level met by two
 * options, Silver also carried by a met Gold option, or a membership resting on every competency at
 * its level. One option alone is a minimum cut. Several are not one cut (losing every one of many
 * two-person options is a vertex cover), so each choice of one cover per option is solved as a
 * packing ({@link KeptPacking}); options have one to three slot classes in practice, which keeps
 * the choices few. A search that hits its budget says so, answering its best as an upper bound.
 */
final class CombinedLoss {

  /** Choices of covers tried before the best found is taken as is (inexact). */
  static final int CHOICE_BUDGET = 512;

  private final List<List<OptionNetwork.Cover>> coversByOption = new ArrayList<>();
  private final int atLeast;
  private Departures best;
  private int choices;
  private boolean complete = true;

  private CombinedLoss(List<OptionNetwork> options, int atLeast) {
    options.forEach(o -> coversByOption.add(o.covers()));
    this.atLeast = atLeast;
  }

  /** {@code options}: met, every one resting on persons. */
  static Departures of(List<OptionNetwork> options) {
    if (options.size() == 1) {
      return options.getFirst().smallestCut();
    }
    int atLeast = 0;
    BitSet everyCut = new BitSet();
    for (OptionNetwork option : options) {
      Departures cut = option.smallestCut();
      atLeast = Math.max(atLeast, cut.count());
      everyCut.or(cut.persons());
    }
    CombinedLoss search = new CombinedLoss(options, atLeast);
    if (search.coversByOption.stream().anyMatch(List::isEmpty)) {
      return new Departures(everyCut.cardinality(), everyCut, false);
    }
    search.choose(0, new ArrayList<>());
    Departures found = search.best;
    boolean exact = found.count() == atLeast || search.complete;
    return new Departures(found.count(), found.persons(), exact);
  }

  private void choose(int option, List<OptionNetwork.Cover> chosen) {
    if (best != null && best.count() == atLeast) {
      return;
    }
    if (option == coversByOption.size()) {
      Departures leavers = KeptPacking.leavers(chosen);
      complete &= leavers.exact();
      if (best == null || leavers.count() < best.count()) {
        best = leavers;
      }
      return;
    }
    for (OptionNetwork.Cover cover : coversByOption.get(option)) {
      if (++choices > CHOICE_BUDGET && best != null) {
        complete = false;
        return;
      }
      chosen.add(cover);
      choose(option + 1, chosen);
      chosen.removeLast();
    }
  }
}
