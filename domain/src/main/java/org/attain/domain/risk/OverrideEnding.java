package org.attain.domain.risk;

import java.time.LocalDate;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.AppliedOverride;
import org.attain.domain.shared.Guard;

/** R7: an override a carrying competency's level rests on, ending after {@code lastDay}. */
public record OverrideEnding(CompetencyId competency, AppliedOverride override) {

  public OverrideEnding {
    Guard.present(competency, "competency");
    Guard.present(override, "override");
  }

  public LocalDate lastDay() {
    return override.lastDay();
  }

  /** "the override in cloud-platform (GOLD is granted) ends after 2025-06-30". */
  public String describe() {
    return "the override in %s (%s) ends after %s"
        .formatted(competency, override.grant().describe(), override.lastDay());
  }
}
