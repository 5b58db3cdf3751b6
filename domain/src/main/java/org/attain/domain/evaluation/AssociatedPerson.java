package org.attain.domain.evaluation;

import java.util.List;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.FieldPath;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ListGuard;

/** A person associated with the organization on the evaluated day, with their achievements. */
public record AssociatedPerson(PersonId person, List<Achievement> achievements) {

  public static final int MAX_ACHIEVEMENTS = 10_000;

  public AssociatedPerson {
    Guard.present(person, "personId");
    achievements = ListGuard.of(achievements, "achievements", 0, MAX_ACHIEVEMENTS);
    for (int i = 0; i < achievements.size(); i++) {
      if (!achievements.get(i).holder().equals(person)) {
        String field = FieldPath.element("achievements", i) + ".holder";
        Guard.check(false, field, field + " must be the person");
      }
    }
  }
}
