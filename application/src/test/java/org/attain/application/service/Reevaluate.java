package org.attain.application.service;

import org.attain.application.reaction.AttainmentObserver;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.membership.Membership;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;

/**
 * Tells the renewal-risk watch alone of a re-evaluation today, in one unit of work, so that its
 * tests see what it does without the other observers.
 */
final class Reevaluate {

  private final Programme programme;
  private final OrganizationEvaluator evaluator;

  Reevaluate(Programme programme) {
    this.programme = programme;
    this.evaluator = programme.evaluator;
  }

  void after(ChangeCause cause, OrganizationId... organizations) {
    programme.stores.unitOfWork.run(
        () -> {
          for (OrganizationId id : organizations) {
            programme.renewalRisk.reevaluated(reevaluated(id, cause));
          }
          return null;
        });
  }

  AttainmentObserver.Reevaluated reevaluated(OrganizationId id, ChangeCause cause) {
    Organization organization = programme.stores.organizations.findById(id).orElseThrow();
    Membership membership =
        programme.stores.memberships.findByOrganization(id).orElseGet(() -> Membership.network(id));
    OrganizationEvaluator.Evaluated evaluated =
        evaluator.evaluate(organization, programme.stores.clock.today());
    return new AttainmentObserver.Reevaluated(
        organization, membership, evaluated.catalog(), evaluated.evaluation(), cause);
  }
}
