package org.attain.domain.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementId;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.RetiredCredential;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideId;

/** The changes of a scenario that rebuild a value rather than add or drop one. */
final class Changes {

  private Changes() {}

  static void earn(List<AssociatedPerson> persons, Achievement achievement) {
    for (int i = 0; i < persons.size(); i++) {
      AssociatedPerson person = persons.get(i);
      if (person.person().equals(achievement.holder())) {
        persons.set(
            i,
            new AssociatedPerson(
                person.person(), Scenario.with(person.achievements(), achievement)));
        return;
      }
    }
    Scenario.require(false, "achievement.holder");
  }

  /** Ends the achievement after {@code lastDay}; one ending before it was earned never counts. */
  static void expire(List<AssociatedPerson> persons, AchievementId id, LocalDate lastDay) {
    for (int i = 0; i < persons.size(); i++) {
      AssociatedPerson person = persons.get(i);
      List<Achievement> achievements = new ArrayList<>();
      boolean found = false;
      for (Achievement a : person.achievements()) {
        if (!a.id().equals(id)) {
          achievements.add(a);
          continue;
        }
        found = true;
        if (!lastDay.isBefore(a.earnedOn())) {
          LocalDate expires =
              a.expiresOn() == null || lastDay.isBefore(a.expiresOn()) ? lastDay : a.expiresOn();
          achievements.add(
              new Achievement(
                  a.id(), a.holder(), a.kind(), a.code(), a.earnedOn(), expires, a.creditEndsOn()));
        }
      }
      if (found) {
        persons.set(i, new AssociatedPerson(person.person(), achievements));
        return;
      }
    }
    Scenario.require(false, "achievement");
  }

  /** The catalog with {@code retired} in place of any earlier retirement of the same code. */
  static Catalog retire(Catalog catalog, RetiredCredential retired) {
    List<RetiredCredential> credentials = new ArrayList<>();
    catalog.retiredCredentials().stream()
        .filter(r -> !r.code().equals(retired.code()))
        .forEach(credentials::add);
    credentials.add(retired);
    return new Catalog(
        catalog.version(), catalog.effectiveFrom(), credentials, catalog.competencies());
  }

  /** The override as it would be had it been granted through {@code lastDay} at most. */
  static void endOverride(List<AgentOverride> overrides, OverrideId id, LocalDate lastDay) {
    for (int i = 0; i < overrides.size(); i++) {
      AgentOverride o = overrides.get(i);
      if (o.id().equals(id)) {
        if (lastDay.isBefore(o.startsOn())) {
          overrides.remove(i);
        } else {
          overrides.set(
              i,
              AgentOverride.restore(
                  o.id(),
                  o.organization(),
                  o.competency(),
                  o.grant(),
                  o.agent(),
                  o.reason(),
                  o.grantedOn(),
                  o.startsOn(),
                  lastDay.isBefore(o.lastDay()) ? lastDay : o.lastDay(),
                  o.revocation().orElse(null),
                  o.version().orElse(0L)));
        }
        return;
      }
    }
    Scenario.require(false, "override");
  }
}
