package org.attain.domain.catalog;

import java.time.LocalDate;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ProgrammeDates;

/** A retired exam, which keeps earning credit through its published end-of-credit day. */
public record RetiredCredential(AchievementCode code, LocalDate creditEndsOn) {

  public RetiredCredential {
    Guard.present(code, "code");
    ProgrammeDates.check(Guard.present(creditEndsOn, "creditEndsOn"), "creditEndsOn");
  }

  public boolean creditsOn(LocalDate day) {
    return !day.isAfter(creditEndsOn);
  }
}
