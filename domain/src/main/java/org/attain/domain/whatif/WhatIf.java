package org.attain.domain.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.AttainmentEvaluator;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.shared.Guard;

/**
 * Issue 13: evaluates a situation and the situation a scenario leads to on the same day, with the
 * same engine, and compares them. It costs two evaluations and the changes; a caller holding the
 * current evaluation already passes it and pays one.
 */
public final class WhatIf {

  private final AttainmentEvaluator evaluator;

  public WhatIf(AttainmentEvaluator evaluator) {
    this.evaluator = Guard.present(evaluator, "evaluator");
  }

  public ScenarioOutcome evaluate(Situation situation, Scenario scenario, LocalDate day) {
    Guard.present(situation, "situation");
    return compare(
        evaluator.evaluate(situation.facts(), situation.catalog(), day), situation, scenario);
  }

  /** {@code now}: the evaluation of {@code situation} on the day the scenario is evaluated. */
  public ScenarioOutcome compare(Evaluation now, Situation situation, Scenario scenario) {
    Guard.present(now, "now");
    Guard.present(scenario, "scenario");
    Situation changed = scenario.applyTo(situation);
    Evaluation then = evaluator.evaluate(changed.facts(), changed.catalog(), now.date());
    return new ScenarioOutcome(now, then, differences(now, then));
  }

  private static List<AttainmentDifference> differences(Evaluation now, Evaluation then) {
    Set<CompetencyId> competencies = new LinkedHashSet<>();
    now.attainments().stream().map(Attainment::competency).forEach(competencies::add);
    then.attainments().stream().map(Attainment::competency).forEach(competencies::add);
    List<AttainmentDifference> differences = new ArrayList<>();
    for (CompetencyId competency : competencies) {
      differences.add(
          new AttainmentDifference(competency, now.levelIn(competency), then.levelIn(competency)));
    }
    return differences;
  }
}
