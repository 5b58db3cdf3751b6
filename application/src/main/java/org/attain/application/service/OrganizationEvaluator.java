package org.attain.application.service;

import java.time.LocalDate;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Overrides;
import org.attain.application.port.out.Persons;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.evaluation.AttainmentEvaluator;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.organization.Organization;

/**
 * Evaluates an organization on a day with the engine, against the catalog then in force: what the
 * competency reads and the membership rules (R4, R5) both look at. Runs inside the caller's unit of
 * work. Public so that re-evaluations after a change ({@code reaction.Reevaluations}) share it.
 */
public final class OrganizationEvaluator {

  private final Catalogs catalogs;
  private final OrganizationFactsLoader facts;
  private final AttainmentEvaluator evaluator = new AttainmentEvaluator();

  /** Counts the agents' overrides (R7) on the days they hold. */
  public OrganizationEvaluator(
      Persons persons,
      Achievements achievements,
      MetricReports metrics,
      Catalogs catalogs,
      Overrides overrides) {
    this.catalogs = catalogs;
    this.facts = new OrganizationFactsLoader(persons, achievements, metrics, overrides);
  }

  /** The catalog in force on {@code day} and the evaluation against it. */
  public record Evaluated(
      Catalog catalog, Evaluation evaluation, OrganizationFactsLoader.Loaded loaded) {}

  public Evaluated evaluate(Organization organization, LocalDate day) {
    Catalog catalog = CatalogService.inForce(catalogs, day);
    OrganizationFactsLoader.Loaded loaded = facts.load(organization, day);
    return new Evaluated(catalog, evaluator.evaluate(loaded.facts(), catalog, day), loaded);
  }
}
