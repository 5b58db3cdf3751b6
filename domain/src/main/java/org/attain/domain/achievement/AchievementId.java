package org.attain.domain.achievement;

import java.util.UUID;
import org.attain.domain.shared.Guard;

/** Identifies one recorded achievement. */
public record AchievementId(UUID value) {

  public AchievementId {
    Guard.present(value, "achievementId");
  }

  public static AchievementId newId() {
    return new AchievementId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
