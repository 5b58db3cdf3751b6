package org.attain.application.reevaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.Organizations;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.membership.Membership;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;

/**
 * The re-evaluation that every change and every night go through (R6, R8): read the evidence of the
 * organizations touched, evaluate them against the catalog in force, and hand each evaluation to
 * the observers, in their listed order. Whatever the number of organizations, each step reads in a
 * fixed number of statements.
 */
public final class ReevaluationPipeline {

  private final Organizations organizations;
  private final Memberships memberships;
  private final Evaluations evaluations;
  private final List<ReevaluationObserver> observers;

  /** {@code observers} are told in this order; each sees what the ones before it wrote. */
  public ReevaluationPipeline(
      Organizations organizations,
      Memberships memberships,
      Evaluations evaluations,
      List<ReevaluationObserver> observers) {
    this.organizations = organizations;
    this.memberships = memberships;
    this.evaluations = evaluations;
    this.observers = List.copyOf(observers);
  }

  /** The observers' names, in the order they are told. */
  public List<String> steps() {
    return observers.stream().map(ReevaluationObserver::name).toList();
  }

  /**
   * Evaluates each of {@code changed} on {@code day} because of {@code cause} and tells every
   * observer, inside the caller's unit of work (which holds the organizations' locks). Nothing
   * happens on a day no catalog is in force; an organization that does not exist is skipped.
   */
  public void reevaluate(Collection<OrganizationId> changed, LocalDate day, ChangeCause cause) {
    reevaluate(changed, day, evaluated -> cause);
  }

  /**
   * As {@link #reevaluate(Collection, LocalDate, ChangeCause)}, each with the cause its facts give.
   */
  public void reevaluate(
      Collection<OrganizationId> changed, LocalDate day, Function<Evaluated, ChangeCause> cause) {
    tell(evaluate(changed, day, cause));
  }

  /**
   * Tells the observers of an organization already evaluated in this unit of work, whose facts have
   * not changed since (a purchase changes the membership, not what is evaluated): the evidence is
   * not read twice.
   */
  public void reevaluate(OrganizationId organization, Evaluated evaluated, ChangeCause cause) {
    tell(withRecords(Map.of(organization, evaluated), e -> cause));
  }

  private void tell(List<Reevaluated> batch) {
    for (ReevaluationObserver observer : observers) {
      ReevaluationObserver.Kept kept = observer.read(batch);
      batch.forEach(reevaluated -> kept.reactTo(reevaluated).apply());
    }
  }

  /**
   * Which of {@code batch} a re-evaluation on {@code day} would change anything for, writing
   * nothing: the daily scan's way to pass over unchanged organizations at the cost of a read.
   */
  public Set<OrganizationId> changedAmong(
      Collection<OrganizationId> batch, LocalDate day, Function<Evaluated, ChangeCause> cause) {
    List<Reevaluated> evaluated = evaluate(batch, day, cause);
    Set<OrganizationId> changed = new LinkedHashSet<>();
    for (ReevaluationObserver observer : observers) {
      ReevaluationObserver.Kept kept = observer.read(evaluated);
      for (Reevaluated reevaluated : evaluated) {
        if (!changed.contains(reevaluated.organization().id())
            && !kept.reactTo(reevaluated).changesNothing()) {
          changed.add(reevaluated.organization().id());
        }
      }
    }
    return changed;
  }

  private List<Reevaluated> evaluate(
      Collection<OrganizationId> ids, LocalDate day, Function<Evaluated, ChangeCause> cause) {
    Set<OrganizationId> distinct = new LinkedHashSet<>(ids);
    if (distinct.isEmpty() || observers.isEmpty()) {
      return List.of();
    }
    return withRecords(evaluations.of(distinct, day), cause);
  }

  private List<Reevaluated> withRecords(
      Map<OrganizationId, Evaluated> evaluated, Function<Evaluated, ChangeCause> cause) {
    if (evaluated.isEmpty() || observers.isEmpty()) {
      return List.of();
    }
    Map<OrganizationId, Organization> found = organizations.findAll(evaluated.keySet());
    Map<OrganizationId, Membership> stored = memberships.findByOrganizations(evaluated.keySet());
    List<Reevaluated> batch = new ArrayList<>(evaluated.size());
    evaluated.forEach(
        (id, evaluation) -> {
          Organization organization = found.get(id);
          if (organization != null) {
            batch.add(
                new Reevaluated(
                    organization,
                    stored.getOrDefault(id, Membership.network(id)),
                    evaluation,
                    cause.apply(evaluation)));
          }
        });
    return batch;
  }
}
