package org.attain.domain.whatif;

import java.util.ArrayList;
import java.util.List;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.RetiredCredential;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ListGuard;

/**
 * Issue 13: hypothetical changes, applied in order to a situation to give the situation they would
 * lead to; the engine then evaluates it as it would real facts. A change naming a person,
 * achievement or override the situation does not hold is refused, so a mistyped id is not taken for
 * "nothing changes".
 */
public record Scenario(List<ScenarioChange> changes) {

  public static final int MAX_CHANGES = 1000;

  public Scenario {
    changes = ListGuard.of(changes, "changes", 1, MAX_CHANGES);
  }

  public static Scenario of(ScenarioChange... changes) {
    return new Scenario(List.of(changes));
  }

  public Situation applyTo(Situation situation) {
    Guard.present(situation, "situation");
    OrganizationFacts facts = situation.facts();
    List<AssociatedPerson> persons = new ArrayList<>(facts.persons());
    List<MetricReport> metrics = new ArrayList<>(facts.metrics());
    List<AgentOverride> overrides = new ArrayList<>(facts.overrides());
    Catalog catalog = situation.catalog();
    for (ScenarioChange change : changes) {
      switch (change) {
        case ScenarioChange.PersonLeaves leaves ->
            require(persons.removeIf(p -> p.person().equals(leaves.person())), "person");
        case ScenarioChange.PersonJoins joins -> persons.add(joins.person());
        case ScenarioChange.AchievementEarned earned -> Changes.earn(persons, earned.achievement());
        case ScenarioChange.AchievementExpires expires ->
            Changes.expire(persons, expires.achievement(), expires.lastDay());
        case ScenarioChange.ExamRetired retired ->
            catalog =
                Changes.retire(
                    catalog, new RetiredCredential(retired.code(), retired.creditEndsOn()));
        case ScenarioChange.MetricReported reported -> metrics.add(reported.report());
        case ScenarioChange.CatalogUsed used -> catalog = used.catalog();
        case ScenarioChange.OverrideEnds ends ->
            Changes.endOverride(overrides, ends.override(), ends.lastDay());
      }
    }
    return new Situation(
        new OrganizationFacts(facts.organization(), facts.market(), persons, metrics, overrides),
        catalog);
  }

  static void require(boolean found, String field) {
    Guard.check(found, field, field + " must be one the situation holds");
  }

  static List<Achievement> with(List<Achievement> achievements, Achievement added) {
    List<Achievement> all = new ArrayList<>(achievements);
    all.add(added);
    return all;
  }
}
