package org.attain.application.port.out;

import java.util.Collection;
import java.util.List;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.person.PersonId;

/** The store of what persons earned. Achievements are recorded, never changed. */
public interface Achievements {

  Achievement add(Achievement achievement);

  /** The achievements of every holder given, in one read whatever their number. */
  List<Achievement> heldBy(Collection<PersonId> holders);
}
