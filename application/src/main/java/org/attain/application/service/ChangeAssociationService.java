package org.attain.application.service;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.attain.application.error.ConflictException;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ChangeAssociation;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reevaluation.ReevaluationPipeline;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.AssociationChange;
import org.attain.domain.person.AssociationPolicy;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;

/**
 * R3: changes which organization a person's achievements count for, as of today. The change holds
 * the locks of the organizations it touches (the one left and the one joined), and they are
 * evaluated again in the same unit of work (R6), the one left first.
 */
public final class ChangeAssociationService implements ChangeAssociation {

  private final Persons persons;
  private final Organizations organizations;
  private final ProgrammeClock clock;
  private final AssociationPolicy policy;
  private final UnitOfWork unitOfWork;
  private final ReevaluationPipeline pipeline;

  public ChangeAssociationService(
      Persons persons,
      Organizations organizations,
      ProgrammeClock clock,
      AssociationPolicy policy,
      UnitOfWork unitOfWork,
      ReevaluationPipeline pipeline) {
    this.persons = persons;
    this.organizations = organizations;
    this.clock = clock;
    this.policy = policy;
    this.unitOfWork = unitOfWork;
    this.pipeline = pipeline;
  }

  @Override
  public Person associate(Actor actor, PersonId personId, OrganizationId organization) {
    return change(
        personId,
        Optional.of(organization),
        person -> {
          Lookup.organizationExists(organizations, organization);
          return person.associateWith(organization, clock.today(), requester(actor), policy);
        });
  }

  @Override
  public Person leave(Actor actor, PersonId personId) {
    return change(
        personId, Optional.empty(), person -> person.leave(clock.today(), requester(actor)));
  }

  @Override
  public Person remove(Actor actor, OrganizationId organization, PersonId personId) {
    Access.requireAdminOf(actor, organization);
    return change(
        personId, Optional.empty(), person -> person.removeFrom(organization, clock.today()));
  }

  /**
   * Locks the person's current organization and {@code joining}, as read at the start of each
   * attempt; a person whose organization changed meanwhile makes the attempt start again.
   */
  private Person change(
      PersonId personId,
      Optional<OrganizationId> joining,
      Function<Person, AssociationChange> change) {
    AtomicReference<Set<OrganizationId>> locked = new AtomicReference<>();
    return unitOfWork.changing(
        () -> {
          locked.set(touched(Lookup.person(persons, personId), joining));
          return locked.get();
        },
        () -> {
          Person person = Lookup.person(persons, personId);
          AssociationChange done = change.apply(person);
          if (!locked.get().containsAll(reevaluated(done))) {
            throw ConflictException.concurrentUpdate();
          }
          Person saved = persons.save(person);
          reevaluate(done, saved);
          return saved;
        });
  }

  private static Set<OrganizationId> touched(Person person, Optional<OrganizationId> joining) {
    Set<OrganizationId> touched = new LinkedHashSet<>();
    person.currentOrganization().ifPresent(touched::add);
    joining.ifPresent(touched::add);
    return touched;
  }

  private static List<OrganizationId> reevaluated(AssociationChange change) {
    return Stream.concat(
            change.left().map(AssociationChange.Departure::organization).stream(),
            change.joined().stream())
        .toList();
  }

  /** The organization the person left (first), then the one they joined, as one batch. */
  private void reevaluate(AssociationChange change, Person person) {
    Map<OrganizationId, ChangeCause> causes = new LinkedHashMap<>();
    change
        .left()
        .ifPresent(
            left ->
                causes.put(
                    left.organization(),
                    new ChangeCause.PersonLeft(person.id(), person.name(), left.how())));
    change
        .joined()
        .ifPresent(
            joined -> causes.put(joined, new ChangeCause.PersonJoined(person.id(), person.name())));
    pipeline.reevaluate(
        causes.keySet(), change.day(), evaluated -> causes.get(evaluated.facts().organization()));
  }

  /** The person acting on their own account, if the actor is one; the domain checks it is them. */
  private static PersonId requester(Actor actor) {
    return actor instanceof Actor.PersonAccount self ? self.person() : null;
  }
}
