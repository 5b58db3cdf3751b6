package org.attain.domain.robustness;

import java.util.List;
import org.attain.domain.evaluation.Reinforcement;
import org.attain.domain.evaluation.Robustness;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/**
 * Issue 13, R4, R6: how robust the requirement a paid membership level rests on is (some competency
 * at Silver or Gold for Silver, at Gold for Gold): the fewest departures after which no competency
 * carries it, and the persons whose departure alone does it.
 */
public record MembershipBasis(
    MembershipLevel level,
    Robustness robustness,
    List<PersonId> keyPersons,
    List<Reinforcement> raisedBy) {

  public MembershipBasis {
    Guard.present(level, "level");
    Guard.check(level.isPaid(), "level", "level must be a paid one");
    Guard.present(robustness, "robustness");
    keyPersons = List.copyOf(keyPersons);
    raisedBy = List.copyOf(raisedBy);
  }
}
