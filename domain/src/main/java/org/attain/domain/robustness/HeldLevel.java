package org.attain.domain.robustness;

import java.util.List;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.Reinforcement;
import org.attain.domain.evaluation.Robustness;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/**
 * Issue 13: one level an organization holds in a competency, how robust it is, who is key to it,
 * and, when it rests on a single key person, what one more person could hold to raise it.
 */
public record HeldLevel(
    CompetencyId competency,
    Level level,
    Robustness robustness,
    List<PersonId> keyPersons,
    List<Reinforcement> raisedBy) {

  public HeldLevel {
    Guard.present(competency, "competency");
    Guard.present(level, "level");
    Guard.present(robustness, "robustness");
    keyPersons = List.copyOf(keyPersons);
    raisedBy = List.copyOf(raisedBy);
  }
}
