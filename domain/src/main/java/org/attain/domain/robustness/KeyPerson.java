package org.attain.domain.robustness;

import java.util.List;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/**
 * Issue 13: a person whose departure alone would lose something, and what.
 *
 * @param wouldLose the competencies whose level would drop, in catalog order
 * @param membershipWouldRestOnNothing whether no competency would then carry the paid membership
 *     level (R6: renewal at risk)
 */
public record KeyPerson(
    PersonId person, List<LevelLoss> wouldLose, boolean membershipWouldRestOnNothing) {

  public KeyPerson {
    Guard.present(person, "person");
    wouldLose = List.copyOf(wouldLose);
  }
}
