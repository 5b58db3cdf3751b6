package org.attain.application.reaction;

import org.attain.domain.catalog.Catalog;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.membership.Membership;
import org.attain.domain.organization.Organization;

/**
 * Reacts to an organization's evaluation after a change that may raise or lower what it attains:
 * keeping the term's record of attained competencies (R6, R8), detecting a renewal at risk (R6).
 * Called inside the change's unit of work, so that what it writes commits or rolls back with it.
 */
public interface AttainmentObserver {

  void reevaluated(Reevaluated reevaluated);

  /**
   * The organization evaluated again on {@code evaluation.date()} because of {@code cause}.
   *
   * @param membership the stored one, or a network member's when it never bought one
   * @param catalog the catalog in force that day, which {@code evaluation} is against
   */
  record Reevaluated(
      Organization organization,
      Membership membership,
      Catalog catalog,
      Evaluation evaluation,
      ChangeCause cause) {}
}
