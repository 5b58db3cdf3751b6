package org.attain.domain.catalog;

import java.util.List;
import org.attain.domain.shared.ListGuard;

/** The alternative options, any one of which reaches a level. */
public record LevelRequirement(List<RequirementOption> options) {

  public static final int MAX_OPTIONS = 20;

  public LevelRequirement {
    options = ListGuard.of(options, "options", 1, MAX_OPTIONS);
    ListGuard.distinct(options, RequirementOption::name, "options", "name");
  }

  public LevelRequirement(RequirementOption... options) {
    this(List.of(options));
  }
}
