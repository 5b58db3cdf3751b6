package org.attain.domain.benefit;

import java.util.Map;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.shared.Guard;

/**
 * R9: an offer reserved to organizations holding a competency level: in one named competency, or in
 * any competency when {@code competency} is {@code null}.
 */
public record RequiredCompetency(CompetencyId competency, Level level) {

  public RequiredCompetency {
    Guard.present(level, "level");
  }

  public static RequiredCompetency anyAt(Level level) {
    return new RequiredCompetency(null, level);
  }

  public boolean metBy(Map<CompetencyId, AttainedLevel> attained) {
    AttainedLevel needed = level == Level.GOLD ? AttainedLevel.GOLD : AttainedLevel.SILVER;
    return competency == null
        ? attained.values().stream().anyMatch(l -> l.includes(needed))
        : attained.getOrDefault(competency, AttainedLevel.NONE).includes(needed);
  }
}
