package org.attain.domain.evaluation;

import java.util.List;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.shared.ListGuard;

/**
 * Issue 13: what would raise a level's robustness: one more person holding {@code codes} would make
 * {@code departuresThen} departures necessary to lose it.
 */
public record Reinforcement(List<AchievementCode> codes, int departuresThen) {

  public Reinforcement {
    codes = ListGuard.of(codes, "codes", 1, Integer.MAX_VALUE);
  }
}
