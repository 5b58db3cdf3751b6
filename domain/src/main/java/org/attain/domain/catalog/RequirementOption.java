package org.attain.domain.catalog;

import java.util.List;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ListGuard;

/** One way to reach a level: steps that must all hold, with one person filling one slot at most. */
public record RequirementOption(String name, List<Step> steps) {

  public static final int MAX_NAME_LENGTH = 100;
  public static final int MAX_STEPS = 20;

  public RequirementOption {
    name = Guard.text(name, "name", MAX_NAME_LENGTH);
    steps = ListGuard.of(steps, "steps", 1, MAX_STEPS);
  }

  public RequirementOption(String name, Step... steps) {
    this(name, List.of(steps));
  }
}
