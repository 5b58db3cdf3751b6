package org.attain.benchmark;

import java.util.concurrent.TimeUnit;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogJson;
import org.attain.domain.evaluation.AttainmentEvaluator;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.OrganizationFacts;
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

/** How long evaluating one organization against the full default catalog takes, by its size. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluationBenchmark {

  @Param({"10", "100", "1000", "10000"})
  public int persons;

  private final AttainmentEvaluator evaluator = new AttainmentEvaluator();
  private Catalog catalog;
  private OrganizationFacts organization;

  @Setup
  public void createOrganization() {
    catalog = CatalogJson.defaultCatalog();
    organization = SyntheticOrganization.of(persons, catalog, 20180601L + persons);
  }

  @Benchmark
  public Evaluation evaluate() {
    return evaluator.evaluate(organization, catalog, SyntheticOrganization.DAY);
  }
}
