package org.attain.domain.evaluation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.catalog.Step;
import org.attain.domain.person.PersonId;

/**
 * R1, R2: the progress on one option. Each certified-individuals step of N persons, of whom M also
 * hold another credential, becomes M slots only holders of both can fill and N - M slots holders of
 * the step's qualification can fill; all slots of the option are then matched together, so that a
 * person counts once per option.
 */
final class OptionAssessment {

  private final CredentialHolders holders;
  private final MetricsOnDay metrics;

  OptionAssessment(CredentialHolders holders, MetricsOnDay metrics) {
    this.holders = holders;
    this.metrics = metrics;
  }

  OptionProgress assess(RequirementOption option) {
    List<Slot> slots = slots(option.steps());
    int[] personOfSlot = SlotMatching.match(slots.stream().map(Slot::candidates).toList());
    List<StepProgress> progress = new ArrayList<>();
    for (int s = 0; s < option.steps().size(); s++) {
      progress.add(
          switch (option.steps().get(s)) {
            case CertifiedIndividuals step -> persons(step, s, slots, personOfSlot);
            case Performance step -> metrics.progress(step);
          });
    }
    return new OptionProgress(option.name(), progress);
  }

  /**
   * The option's assignment as a flow network, one node per slot class; only for a met option, as
   * key persons and robustness concern what is held.
   */
  OptionNetwork network(RequirementOption option) {
    List<SlotClass> classes = new ArrayList<>();
    for (Step step : option.steps()) {
      if (step instanceof CertifiedIndividuals persons) {
        if (persons.ofWhom() != null) {
          Qualification also = persons.ofWhom().qualification();
          BitSet both = holders.holders(persons.qualification(), also);
          classes.add(new SlotClass(persons.ofWhom().count(), both, persons.qualification(), also));
        }
        if (persons.plainCount() > 0) {
          BitSet qualified = holders.holders(persons.qualification());
          classes.add(
              new SlotClass(persons.plainCount(), qualified, persons.qualification(), null));
        }
      }
    }
    return new OptionNetwork(classes);
  }

  CredentialHolders holders() {
    return holders;
  }

  private List<Slot> slots(List<Step> steps) {
    List<Slot> slots = new ArrayList<>();
    for (int s = 0; s < steps.size(); s++) {
      if (steps.get(s) instanceof CertifiedIndividuals step) {
        if (step.ofWhom() != null) {
          BitSet both = holders.holders(step.qualification(), step.ofWhom().qualification());
          for (int i = 0; i < step.ofWhom().count(); i++) {
            slots.add(new Slot(s, true, both));
          }
        }
        BitSet qualified = holders.holders(step.qualification());
        for (int i = 0; i < step.plainCount(); i++) {
          slots.add(new Slot(s, false, qualified));
        }
      }
    }
    return slots;
  }

  private PersonsProgress persons(
      CertifiedIndividuals step, int stepIndex, List<Slot> slots, int[] personOfSlot) {
    TreeSet<Integer> filling = new TreeSet<>();
    TreeSet<Integer> alsoHolding = new TreeSet<>();
    for (int slot = 0; slot < slots.size(); slot++) {
      if (slots.get(slot).step() == stepIndex && personOfSlot[slot] >= 0) {
        filling.add(personOfSlot[slot]);
        if (slots.get(slot).alsoHolding()) {
          alsoHolding.add(personOfSlot[slot]);
        }
      }
    }
    return new PersonsProgress(step, ids(filling), ids(alsoHolding));
  }

  private List<PersonId> ids(TreeSet<Integer> persons) {
    return persons.stream().map(holders::person).toList();
  }

  /** A place for one person in a step; "of whom" slots only take holders of both credentials. */
  private record Slot(int step, boolean alsoHolding, BitSet candidates) {}
}
