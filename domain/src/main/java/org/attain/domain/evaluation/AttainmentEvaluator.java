package org.attain.domain.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.Level;
import org.attain.domain.metric.ReportedMetrics;
import org.attain.domain.shared.Guard;

/**
 * R1, R2: which level an organization holds in every competency of a catalog on a day, by which
 * option, with what progress and thanks to whom. Pure: the same facts give the same result, the
 * same contributors included. Which catalog is in force on the day is the caller's choice ({@link
 * org.attain.domain.catalog.CatalogHistory}).
 */
public final class AttainmentEvaluator {

  public Evaluation evaluate(OrganizationFacts facts, Catalog catalog, LocalDate date) {
    Guard.present(facts, "facts");
    Guard.present(catalog, "catalog");
    Guard.present(date, "date");
    OptionAssessment assessment =
        new OptionAssessment(
            new CredentialHolders(facts.persons(), catalog, date),
            new MetricsOnDay(new ReportedMetrics(facts.metrics()), date, facts.market()));
    List<Attainment> attainments =
        catalog.competencies().stream().map(c -> attainment(c, assessment)).toList();
    return new Evaluation(facts.organization(), date, catalog.version(), attainments);
  }

  private static Attainment attainment(Competency competency, OptionAssessment assessment) {
    List<LevelProgress> levels = new ArrayList<>();
    for (Level level : Level.values()) {
      competency
          .requirementFor(level)
          .ifPresent(
              requirement ->
                  levels.add(
                      new LevelProgress(
                          level, requirement.options().stream().map(assessment::assess).toList())));
    }
    return new Attainment(competency.id(), levels);
  }
}
