package org.attain.domain.evaluation;

import java.util.List;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.person.PersonId;

/**
 * R2: "3 of 4 persons", and who they are. The persons are those of one maximum matching of the
 * option's slots, so a person appears in one step of an option at most.
 *
 * @param contributors the persons filling the step's slots, ordered by id
 * @param alsoHolding those of the contributors filling its "of whom" slots, ordered by id
 */
public record PersonsProgress(
    CertifiedIndividuals step, List<PersonId> contributors, List<PersonId> alsoHolding)
    implements StepProgress {

  public PersonsProgress {
    contributors = List.copyOf(contributors);
    alsoHolding = List.copyOf(alsoHolding);
  }

  public int required() {
    return step.count();
  }

  public int achieved() {
    return contributors.size();
  }

  /** How many of the persons must also hold the "of whom" credential (0 if the step has none). */
  public int alsoHoldingRequired() {
    return step.ofWhom() == null ? 0 : step.ofWhom().count();
  }

  @Override
  public boolean met() {
    return achieved() == required();
  }
}
