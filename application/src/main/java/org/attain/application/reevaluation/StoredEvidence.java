package org.attain.application.reevaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.Evidence;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Overrides;
import org.attain.application.port.out.Persons;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;

/**
 * The evidence read through the stores' own ports, one organization after another: right on any set
 * of adapters (the in-memory ones, a new database's before it has a query of its own), in a number
 * of reads that grows with the organizations asked about.
 */
public final class StoredEvidence implements Evidence {

  private final Organizations organizations;
  private final Persons persons;
  private final Achievements achievements;
  private final MetricReports metrics;
  private final Overrides overrides;
  private final Catalogs catalogs;

  public StoredEvidence(
      Organizations organizations,
      Persons persons,
      Achievements achievements,
      MetricReports metrics,
      Overrides overrides,
      Catalogs catalogs) {
    this.organizations = organizations;
    this.persons = persons;
    this.achievements = achievements;
    this.metrics = metrics;
    this.overrides = overrides;
    this.catalogs = catalogs;
  }

  @Override
  public Map<PersonId, String> names(Collection<PersonId> ids) {
    Map<PersonId, String> names = new HashMap<>();
    ids.forEach(id -> persons.findById(id).ifPresent(p -> names.put(id, p.name())));
    return names;
  }

  @Override
  public Gathered on(Collection<OrganizationId> ids, LocalDate day) {
    Map<OrganizationId, OfOrganization> found = new LinkedHashMap<>();
    organizations.findAll(ids).values().forEach(o -> found.put(o.id(), of(o, day)));
    return new Gathered(found, catalogs.latestVersion());
  }

  private OfOrganization of(Organization organization, LocalDate day) {
    List<Person> associated = persons.associatedOn(organization.id(), day);
    Map<PersonId, List<Achievement>> held =
        achievements.heldBy(associated.stream().map(Person::id).toList()).stream()
            .collect(Collectors.groupingBy(Achievement::holder));
    OrganizationFacts facts =
        new OrganizationFacts(
            organization.id(),
            organization.market(),
            associated.stream()
                .map(p -> new AssociatedPerson(p.id(), held.getOrDefault(p.id(), List.of())))
                .toList(),
            metrics.of(organization.id()),
            overrides.ofOrganization(organization.id()));
    return new OfOrganization(facts);
  }
}
