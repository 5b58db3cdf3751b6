package org.attain.application.service;

import java.util.List;
import java.util.function.Function;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ChangeAssociation;
import org.attain.application.port.out.DomainEvents;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reaction.Reevaluations;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.AssociationPolicy;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.attain.domain.person.PersonJoinedOrganization;
import org.attain.domain.person.PersonLeftOrganization;
import org.attain.domain.shared.DomainEvent;

/**
 * R3: changes which organization a person's achievements count for, as of today; the organizations
 * the person left or joined are evaluated again in the same unit of work (R6).
 */
public final class AssociationService implements ChangeAssociation {

  private final Persons persons;
  private final Organizations organizations;
  private final DomainEvents domainEvents;
  private final ProgrammeClock clock;
  private final AssociationPolicy policy;
  private final UnitOfWork unitOfWork;
  private final Reevaluations reevaluations;

  public AssociationService(
      Persons persons,
      Organizations organizations,
      DomainEvents domainEvents,
      ProgrammeClock clock,
      AssociationPolicy policy,
      UnitOfWork unitOfWork,
      Reevaluations reevaluations) {
    this.persons = persons;
    this.organizations = organizations;
    this.domainEvents = domainEvents;
    this.clock = clock;
    this.policy = policy;
    this.unitOfWork = unitOfWork;
    this.reevaluations = reevaluations;
  }

  @Override
  public Person associate(Actor actor, PersonId personId, OrganizationId organization) {
    return change(
        personId,
        person -> {
          Lookup.organizationExists(organizations, organization);
          return person.associateWith(organization, clock.today(), requester(actor), policy);
        });
  }

  @Override
  public Person leave(Actor actor, PersonId personId) {
    return change(personId, person -> List.of(person.leave(clock.today(), requester(actor))));
  }

  @Override
  public Person remove(Actor actor, OrganizationId organization, PersonId personId) {
    Access.requireAdminOf(actor, organization);
    return change(personId, person -> List.of(person.removeFrom(organization, clock.today())));
  }

  private Person change(PersonId personId, Function<Person, List<DomainEvent>> change) {
    return unitOfWork.run(
        () -> {
          Person person = Lookup.person(persons, personId);
          List<DomainEvent> events = change.apply(person);
          Person saved = persons.save(person);
          domainEvents.publish(events);
          events.forEach(event -> reevaluate(event, saved));
          return saved;
        });
  }

  /** The organization the person left (first) or joined is evaluated again. */
  private void reevaluate(DomainEvent event, Person person) {
    switch (event) {
      case PersonLeftOrganization left ->
          reevaluations.reevaluate(
              List.of(left.organization()),
              left.occurredOn(),
              new ChangeCause.PersonLeft(person.id(), person.name(), left.reason()));
      case PersonJoinedOrganization joined ->
          reevaluations.reevaluate(
              List.of(joined.organization()),
              joined.occurredOn(),
              new ChangeCause.PersonJoined(person.id(), person.name()));
      default -> {}
    }
  }

  /** The person acting on their own account, if the actor is one; the domain checks it is them. */
  private static PersonId requester(Actor actor) {
    return actor instanceof Actor.PersonAccount self ? self.person() : null;
  }
}
