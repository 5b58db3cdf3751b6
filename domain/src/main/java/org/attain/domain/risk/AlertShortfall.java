package org.attain.domain.risk;

import java.util.List;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.membership.CompetencyGap;
import org.attain.domain.shared.Guard;

/**
 * How far one competency is from a level, in the words an alert keeps: stored as it was on the day
 * raised, whatever the catalog becomes.
 *
 * @param option the name of the competency's most advanced option for the level
 * @param missing what each unmet step of that option lacks, one sentence each
 */
public record AlertShortfall(
    CompetencyId competency,
    Level level,
    String option,
    int percentComplete,
    List<String> missing) {

  public AlertShortfall {
    Guard.present(competency, "competency");
    Guard.present(level, "level");
    option = Guard.text(option, "option", 200);
    Guard.check(
        percentComplete >= 0 && percentComplete <= 100,
        "percentComplete",
        "percentComplete must be between 0 and 100");
    missing = List.copyOf(Guard.present(missing, "missing"));
  }

  public static AlertShortfall of(CompetencyGap gap) {
    return new AlertShortfall(
        gap.competency(),
        gap.level(),
        gap.option(),
        gap.percentComplete(),
        gap.shortfalls().stream().map(ShortfallWords::describe).toList());
  }

  /** "Cloud Platform at SILVER (option ..., 50% complete): 1 more person holding 70-533". */
  public String describe() {
    return "%s at %s (option \"%s\", %d%% complete): %s"
        .formatted(competency, level, option, percentComplete, String.join("; ", missing));
  }
}
