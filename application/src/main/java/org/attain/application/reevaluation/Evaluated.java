package org.attain.application.reevaluation;

import java.time.LocalDate;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogHistory;
import org.attain.domain.evaluation.AssignmentAnalysis;
import org.attain.domain.evaluation.AttainmentEvaluator;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.risk.EvaluationOn;

/**
 * An organization evaluated on a day by the engine (R1, R2, R7): the facts it looked at, the
 * catalog in force that day and the evaluation against it. Later days are evaluated from the same
 * facts, with no further read.
 */
public record Evaluated(
    OrganizationFacts facts, CatalogHistory catalogs, Catalog catalog, Evaluation evaluation)
    implements EvaluationOn {

  private static final AttainmentEvaluator ENGINE = new AttainmentEvaluator();

  static Evaluated of(
      OrganizationFacts facts, CatalogHistory catalogs, Catalog catalog, LocalDate day) {
    return new Evaluated(facts, catalogs, catalog, ENGINE.evaluate(facts, catalog, day));
  }

  /** The same facts on {@code later}, against the catalog in force then. */
  @Override
  public Evaluation on(LocalDate later) {
    return ENGINE.evaluate(facts, catalogs.inForceOn(later).orElse(catalog), later);
  }

  /**
   * Issue 13: the same facts analysed by the engine on the same day: key persons, robustness and
   * what would raise it, with the evaluation they rest on (which equals {@link #evaluation()}).
   */
  public AssignmentAnalysis analysis() {
    return ENGINE.analyze(facts, catalog, day());
  }

  public LocalDate day() {
    return evaluation.date();
  }
}
