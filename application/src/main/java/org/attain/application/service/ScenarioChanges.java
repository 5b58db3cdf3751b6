package org.attain.application.service;

import java.util.ArrayList;
import java.util.List;
import org.attain.application.error.ScenarioRefusedException;
import org.attain.application.port.in.AskWhatIf.Change;
import org.attain.application.port.in.AskWhatIf.Earned;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Persons;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogHistory;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.InvalidValueException;
import org.attain.domain.whatif.ScenarioChange;
import org.attain.domain.whatif.Situation;

/**
 * Turns a question's changes, which name stored things by id, into the domain's scenario changes: a
 * joining person's stored achievements are read, a catalog version is looked up. A value its guard
 * refuses is named by the change's JSON path.
 */
final class ScenarioChanges {

  private final Persons persons;
  private final Achievements achievements;
  private final CatalogHistory catalogs;

  ScenarioChanges(Persons persons, Achievements achievements, CatalogHistory catalogs) {
    this.persons = persons;
    this.achievements = achievements;
    this.catalogs = catalogs;
  }

  ScenarioChange resolve(int index, Change change, Situation situation) {
    try {
      return switch (change) {
        case Change.PersonLeaves leaves -> new ScenarioChange.PersonLeaves(leaves.person());
        case Change.PersonJoins joins -> joins(index, joins, situation);
        case Change.AchievementEarned earned ->
            new ScenarioChange.AchievementEarned(
                achievement(earned.person(), earned.achievement()));
        case Change.AchievementExpires expires ->
            new ScenarioChange.AchievementExpires(expires.achievement(), expires.lastDay());
        case Change.ExamRetired retired ->
            new ScenarioChange.ExamRetired(retired.code(), retired.creditEndsOn());
        case Change.MetricReported reported ->
            new ScenarioChange.MetricReported(
                new MetricReport(
                    reported.metric(),
                    reported.value(),
                    reported.periodStart(),
                    reported.periodEnd()));
        case Change.OverrideEnds ends ->
            new ScenarioChange.OverrideEnds(ends.override(), ends.lastDay());
        case Change.CatalogVersionUsed used ->
            new ScenarioChange.CatalogUsed(version(index, used.version()));
      };
    } catch (InvalidValueException invalid) {
      throw new InvalidValueException(
          "changes[" + index + "]." + invalid.field(), invalid.getMessage());
    }
  }

  /** The property of a change that names what the situation must hold. */
  static String property(Change change) {
    return switch (change) {
      case Change.PersonLeaves leaves -> "personId";
      case Change.PersonJoins joins -> "personId";
      case Change.AchievementEarned earned -> "personId";
      case Change.AchievementExpires expires -> "achievementId";
      case Change.ExamRetired retired -> "code";
      case Change.MetricReported reported -> "metric";
      case Change.OverrideEnds ends -> "overrideId";
      case Change.CatalogVersionUsed used -> "version";
    };
  }

  private ScenarioChange joins(int index, Change.PersonJoins joins, Situation situation) {
    PersonId id = joins.person().orElseGet(PersonId::newId);
    List<Achievement> held = new ArrayList<>();
    if (joins.person().isPresent()) {
      Person person =
          persons
              .findById(id)
              .orElseThrow(
                  () -> new ScenarioRefusedException(index, "personId", "no person " + id));
      if (situation.facts().persons().stream().anyMatch(p -> p.person().equals(id))) {
        throw new ScenarioRefusedException(
            index, "personId", person.name() + " counts for the organization already");
      }
      held.addAll(achievements.heldBy(List.of(id)));
    }
    joins.achievements().forEach(earned -> held.add(achievement(id, earned)));
    return new ScenarioChange.PersonJoins(new AssociatedPerson(id, held));
  }

  private static Achievement achievement(PersonId holder, Earned earned) {
    return Achievement.earned(
        holder, earned.kind(), earned.code(), earned.earnedOn(), earned.expiresOn(), null);
  }

  private Catalog version(int index, int version) {
    return catalogs.versions().stream()
        .filter(c -> c.version() == version)
        .findFirst()
        .orElseThrow(
            () -> new ScenarioRefusedException(index, "version", "no catalog version " + version));
  }
}
