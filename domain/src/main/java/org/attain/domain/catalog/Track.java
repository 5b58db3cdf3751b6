package org.attain.domain.catalog;

import java.util.Arrays;
import java.util.List;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.shared.ListGuard;

/** Credentials a person must all hold, e.g. the DBA track 70-764 and 70-765; often just one. */
public record Track(List<AchievementCode> codes) {

  public static final int MAX_CODES = 10;

  public Track {
    codes = ListGuard.of(codes, "codes", 1, MAX_CODES);
    ListGuard.distinct(codes, c -> c, "codes", "");
  }

  public static Track of(String... codes) {
    return new Track(Arrays.stream(codes).map(AchievementCode::new).toList());
  }
}
