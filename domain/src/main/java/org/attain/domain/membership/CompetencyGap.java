package org.attain.domain.membership;

import java.util.List;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;

/**
 * R4: how close the organization is to a competency level, by its most advanced option.
 *
 * @param percentComplete the share of the option's units met, rounded down: a filled person slot or
 *     a metric step's fraction of its threshold each count as one unit
 */
public record CompetencyGap(
    CompetencyId competency,
    Level level,
    String option,
    int percentComplete,
    List<Shortfall> shortfalls) {

  public CompetencyGap {
    shortfalls = List.copyOf(shortfalls);
  }
}
