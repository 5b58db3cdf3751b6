package org.attain.application.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ListMembers;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;

/** Lists an organization's persons with their achievements in a fixed number of reads. */
public final class ListMembersService implements ListMembers {

  private final Organizations organizations;
  private final Persons persons;
  private final Achievements achievements;
  private final UnitOfWork unitOfWork;

  public ListMembersService(
      Organizations organizations,
      Persons persons,
      Achievements achievements,
      UnitOfWork unitOfWork) {
    this.organizations = organizations;
    this.persons = persons;
    this.achievements = achievements;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Page<Member> list(Actor actor, OrganizationId organization, PageRequest request) {
    Access.requireAgentOrAdminOf(actor, organization);
    return unitOfWork.read(
        () -> {
          Lookup.organizationExists(organizations, organization);
          Page<Person> page = persons.currentlyAssociatedWith(organization, request);
          Map<PersonId, List<Achievement>> held =
              achievements.heldBy(page.items().stream().map(Person::id).toList()).stream()
                  .collect(Collectors.groupingBy(Achievement::holder));
          return page.map(person -> new Member(person, held.getOrDefault(person.id(), List.of())));
        });
  }
}
