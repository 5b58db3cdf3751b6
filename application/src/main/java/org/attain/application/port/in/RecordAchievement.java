package org.attain.application.port.in;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/** An agent or the certification feed records what a person earned; the person cannot. */
public interface RecordAchievement {

  Achievement record(Actor actor, Command command);

  /** The achievements of a person, for the same readers as the person. */
  List<Achievement> of(Actor actor, PersonId holder);

  record Command(
      PersonId holder,
      AchievementKind kind,
      AchievementCode code,
      LocalDate earnedOn,
      LocalDate expiresOn,
      LocalDate creditEndsOn) {
    public Command {
      Guard.present(holder, "personId");
      Guard.present(kind, "kind");
      Guard.present(code, "code");
      Guard.present(earnedOn, "earnedOn");
    }
  }
}
