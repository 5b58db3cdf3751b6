package org.attain.application.reaction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.Organizations;
import org.attain.application.service.OrganizationEvaluator;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.membership.Membership;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;

/**
 * Evaluates again the organizations a change touched and hands each evaluation to the observers,
 * inside the change's unit of work (R6, R8). Only the organizations named are evaluated, each once.
 */
public final class Reevaluations {

  private final Organizations organizations;
  private final Memberships memberships;
  private final Catalogs catalogs;
  private final OrganizationEvaluator evaluator;
  private final List<AttainmentObserver> observers;

  /** The stores an evaluation reads, the membership store, and who reacts, in that order. */
  public Reevaluations(
      Organizations organizations,
      Catalogs catalogs,
      OrganizationEvaluator evaluator,
      Memberships memberships,
      List<AttainmentObserver> observers) {
    this.organizations = organizations;
    this.memberships = memberships;
    this.catalogs = catalogs;
    this.evaluator = evaluator;
    this.observers = List.copyOf(observers);
  }

  /**
   * Evaluates each of {@code changed} on {@code day} because of {@code cause} and tells every
   * observer. Nothing happens without observers, or on a day no catalog is in force (then there is
   * nothing to attain); an organization that does not exist is skipped.
   */
  public void reevaluate(Collection<OrganizationId> changed, LocalDate day, ChangeCause cause) {
    if (observers.isEmpty() || catalogs.inForceOn(day).isEmpty()) {
      return;
    }
    for (OrganizationId id : new LinkedHashSet<>(changed)) {
      organizations.findById(id).ifPresent(organization -> reevaluate(organization, day, cause));
    }
  }

  private void reevaluate(Organization organization, LocalDate day, ChangeCause cause) {
    OrganizationEvaluator.Evaluated evaluated = evaluator.evaluate(organization, day);
    Membership membership =
        memberships
            .findByOrganization(organization.id())
            .orElseGet(() -> Membership.network(organization.id()));
    AttainmentObserver.Reevaluated reevaluated =
        new AttainmentObserver.Reevaluated(
            organization, membership, evaluated.catalog(), evaluated.evaluation(), cause);
    observers.forEach(observer -> observer.reevaluated(reevaluated));
  }
}
