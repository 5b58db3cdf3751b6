package org.attain.application.reevaluation;

import java.time.LocalDate;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.membership.Membership;
import org.attain.domain.organization.Organization;

/**
 * An organization evaluated again on a day because of {@code cause}, as every observer of the
 * pipeline is handed it.
 *
 * @param membership the stored one, or a network member's when it never bought one
 */
public record Reevaluated(
    Organization organization, Membership membership, Evaluated evaluated, ChangeCause cause) {

  public Evaluation evaluation() {
    return evaluated.evaluation();
  }

  /** The catalog in force that day, which the evaluation is against. */
  public Catalog catalog() {
    return evaluated.catalog();
  }

  public LocalDate day() {
    return evaluated.day();
  }
}
