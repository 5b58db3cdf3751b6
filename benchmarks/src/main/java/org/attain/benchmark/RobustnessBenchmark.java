package org.attain.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogJson;
import org.attain.domain.evaluation.AttainmentEvaluator;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.robustness.RobustnessReport;
import org.attain.domain.whatif.Scenario;
import org.attain.domain.whatif.ScenarioChange;
import org.attain.domain.whatif.ScenarioOutcome;
import org.attain.domain.whatif.Situation;
import org.attain.domain.whatif.WhatIf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 13: a plain evaluation against key persons with robustness (the full report of a Silver
 * member), and a what-if of one person leaving, for one organization against the full default
 * catalog; the runner prints each as a multiple of the plain evaluation measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RobustnessBenchmark {

  @Param({"1000", "10000"})
  public int persons;

  /**
   * {@code reported}: a report of every metric, so some levels rest on performance alone, the
   * Silver membership among them; {@code none}: no report, so every held level and the membership
   * rest on persons, which makes the membership's basis combine every met option.
   */
  @Param({"reported", "none"})
  public String metrics;

  private final AttainmentEvaluator evaluator = new AttainmentEvaluator();
  private final WhatIf whatIf = new WhatIf(evaluator);
  private Catalog catalog;
  private OrganizationFacts organization;
  private Situation situation;
  private Evaluation now;
  private Scenario oneLeaves;

  @Setup
  public void createOrganization() {
    catalog = CatalogJson.defaultCatalog();
    OrganizationFacts synthetic = SyntheticOrganization.of(persons, catalog, 20180601L + persons);
    organization =
        metrics.equals("none")
            ? new OrganizationFacts(
                synthetic.organization(), synthetic.market(), synthetic.persons(), List.of())
            : synthetic;
    situation = new Situation(organization, catalog);
    now = evaluator.evaluate(organization, catalog, SyntheticOrganization.DAY);
    oneLeaves =
        Scenario.of(new ScenarioChange.PersonLeaves(organization.persons().get(0).person()));
  }

  @Benchmark
  public Evaluation evaluate() {
    return evaluator.evaluate(organization, catalog, SyntheticOrganization.DAY);
  }

  @Benchmark
  public RobustnessReport keyPersonsAndRobustness() {
    return RobustnessReport.of(
        evaluator.analyze(organization, catalog, SyntheticOrganization.DAY),
        MembershipLevel.SILVER);
  }

  /** The current evaluation is at hand (it is what the organization reads): one more evaluation. */
  @Benchmark
  public ScenarioOutcome whatIfOnePersonLeaves() {
    return whatIf.compare(now, situation, oneLeaves);
  }
}
