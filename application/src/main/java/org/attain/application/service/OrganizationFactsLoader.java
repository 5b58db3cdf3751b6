package org.attain.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Overrides;
import org.attain.application.port.out.Persons;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;

/**
 * Gathers what an evaluation of an organization on a day looks at, in three reads whatever the
 * number of its persons and achievements: the persons, their achievements, the metrics.
 */
final class OrganizationFactsLoader {

  private final Persons persons;
  private final Achievements achievements;
  private final MetricReports metrics;
  private final Function<OrganizationId, List<AgentOverride>> overrides;

  OrganizationFactsLoader(Persons persons, Achievements achievements, MetricReports metrics) {
    this(persons, achievements, metrics, organization -> List.of());
  }

  /** Also reads the organization's overrides (R7), all of them: the engine filters by date. */
  OrganizationFactsLoader(
      Persons persons, Achievements achievements, MetricReports metrics, Overrides overrides) {
    this(persons, achievements, metrics, overrides::ofOrganization);
  }

  private OrganizationFactsLoader(
      Persons persons,
      Achievements achievements,
      MetricReports metrics,
      Function<OrganizationId, List<AgentOverride>> overrides) {
    this.persons = persons;
    this.achievements = achievements;
    this.metrics = metrics;
    this.overrides = overrides;
  }

  /** The facts, and the persons they mention by id (for their names). */
  record Loaded(OrganizationFacts facts, Map<PersonId, Person> persons) {}

  Loaded load(Organization organization, LocalDate day) {
    List<Person> associated = persons.associatedOn(organization.id(), day);
    Map<PersonId, List<Achievement>> held =
        achievements.heldBy(associated.stream().map(Person::id).toList()).stream()
            .collect(Collectors.groupingBy(Achievement::holder));
    List<AssociatedPerson> evaluated =
        associated.stream()
            .map(p -> new AssociatedPerson(p.id(), held.getOrDefault(p.id(), List.of())))
            .toList();
    OrganizationFacts facts =
        new OrganizationFacts(
            organization.id(),
            organization.market(),
            evaluated,
            metrics.of(organization.id()),
            overrides.apply(organization.id()));
    return new Loaded(
        facts, associated.stream().collect(Collectors.toMap(Person::id, Function.identity())));
  }
}
