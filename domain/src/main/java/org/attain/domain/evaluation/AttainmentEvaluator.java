package org.attain.domain.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.Level;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.ReportedMetrics;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/**
 * R1, R2: which level an organization holds in every competency of a catalog on a day, by which
 * option, with what progress and thanks to whom. Pure: the same facts give the same result, the
 * same contributors included. Which catalog is in force on the day is the caller's choice ({@link
 * org.attain.domain.catalog.CatalogHistory}).
 *
 * <p>R7: an agent's override counts only in its competency and only on the days it holds, so its
 * end takes effect on the day after its last, whenever the evaluation is made.
 */
public final class AttainmentEvaluator {

  public Evaluation evaluate(OrganizationFacts facts, Catalog catalog, LocalDate date) {
    return run(facts, catalog, date, (competency, assessment, attainment) -> {});
  }

  /**
   * The evaluation with the assignments behind it, for key persons, robustness and what would raise
   * it (issue 13): the same run, keeping the flow network of every met option.
   */
  public AssignmentAnalysis analyze(OrganizationFacts facts, Catalog catalog, LocalDate date) {
    AssignmentAnalysis.Builder builder = new AssignmentAnalysis.Builder(facts, catalog, date);
    Evaluation evaluation = run(facts, catalog, date, builder::add);
    return builder.build(evaluation);
  }

  private Evaluation run(
      OrganizationFacts facts, Catalog catalog, LocalDate date, AttainmentSink sink) {
    Guard.present(facts, "facts");
    Guard.present(catalog, "catalog");
    Guard.present(date, "date");
    MetricsOnDay metrics =
        new MetricsOnDay(new ReportedMetrics(facts.metrics()), date, facts.market());
    OptionAssessment byEvidence =
        new OptionAssessment(new CredentialHolders(facts.persons(), catalog, date), metrics);
    List<AgentOverride> holding =
        facts.overrides().stream().filter(override -> override.holdsOn(date)).toList();
    List<Attainment> attainments = new ArrayList<>();
    for (Competency competency : catalog.competencies()) {
      List<AgentOverride> mine =
          holding.stream().filter(o -> o.competency().equals(competency.id())).toList();
      OptionAssessment assessment =
          mine.isEmpty() ? byEvidence : overridden(facts, catalog, date, metrics, mine);
      Attainment attainment = attainment(competency, assessment, applied(mine));
      sink.add(competency, assessment, attainment);
      attainments.add(attainment);
    }
    return new Evaluation(facts.organization(), date, catalog.version(), attainments);
  }

  /** Receives each competency's attainment with the assessment it came from. */
  interface AttainmentSink {
    void add(Competency competency, OptionAssessment assessment, Attainment attainment);
  }

  /** The assessment of one competency with its overrides' credentials and met steps counted. */
  private static OptionAssessment overridden(
      OrganizationFacts facts,
      Catalog catalog,
      LocalDate date,
      MetricsOnDay metrics,
      List<AgentOverride> overrides) {
    Map<PersonId, Set<AchievementCode>> credentials = new HashMap<>();
    Set<Metric> met = EnumSet.noneOf(Metric.class);
    for (AgentOverride override : overrides) {
      switch (override.grant()) {
        case OverrideGrant.HoldsCredential(PersonId person, AchievementCode code) ->
            credentials.computeIfAbsent(person, p -> new HashSet<>()).add(code);
        case OverrideGrant.PerformanceMet(Metric metric) -> met.add(metric);
        case OverrideGrant.LevelGranted granted -> {
          // Raises the attainment's level itself; the progress stays the evidence's.
        }
      }
    }
    return new OptionAssessment(
        new CredentialHolders(facts.persons(), catalog, date, credentials),
        metrics.withOverridden(met));
  }

  private static List<AppliedOverride> applied(List<AgentOverride> overrides) {
    return overrides.stream()
        .map(o -> new AppliedOverride(o.id(), o.grant(), o.effectiveLastDay().orElseThrow()))
        .toList();
  }

  private static Attainment attainment(
      Competency competency, OptionAssessment assessment, List<AppliedOverride> overrides) {
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
    return new Attainment(competency.id(), levels, overrides);
  }
}
