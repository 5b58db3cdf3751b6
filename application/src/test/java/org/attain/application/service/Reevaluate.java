package org.attain.application.service;

import java.util.List;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.organization.OrganizationId;

/**
 * Re-evaluates organizations today through the programme's own pipeline, in one unit of work
 * holding their locks, as a change or the daily scan does once the facts are in place.
 */
final class Reevaluate {

  private final Programme programme;

  Reevaluate(Programme programme) {
    this.programme = programme;
  }

  void after(ChangeCause cause, OrganizationId... organizations) {
    List<OrganizationId> changed = List.of(organizations);
    programme.stores.unitOfWork.changing(
        changed,
        () -> {
          programme.pipeline.reevaluate(changed, programme.stores.clock.today(), cause);
          return null;
        });
  }
}
