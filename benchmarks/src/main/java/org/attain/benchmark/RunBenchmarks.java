package org.attain.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks with JMH's usual command-line options, then prints the time per person of
 * each organization size and its ratio to the smallest size measured in the same run, and the cost
 * of key persons, robustness and what-if as multiples of the evaluation in the same run.
 */
public final class RunBenchmarks {

  private RunBenchmarks() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args);
    if (options.shouldHelp() || options.shouldList() || options.shouldListProfilers()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    printScaling(of(results, "EvaluationBenchmark.evaluate"));
    RobustnessRatios.print(of(results, "RobustnessBenchmark."));
  }

  private static List<RunResult> of(Collection<RunResult> results, String benchmark) {
    return results.stream().filter(r -> r.getParams().getBenchmark().contains(benchmark)).toList();
  }

  private static void printScaling(List<RunResult> results) {
    List<RunResult> bySize = new ArrayList<>(results);
    bySize.sort(Comparator.comparingInt(RunBenchmarks::persons));
    if (bySize.isEmpty() || bySize.getFirst().getParams().getParam("persons") == null) {
      return;
    }
    double baseline = nanosPerPerson(bySize.getFirst());
    System.out.println();
    System.out.println(
        "| persons | µs per evaluation | ± (99.9%) | ns per person | per person vs "
            + persons(bySize.getFirst())
            + " |");
    System.out.println("|---:|---:|---:|---:|---:|");
    for (RunResult result : bySize) {
      System.out.println(
          String.format(
              Locale.ROOT,
              "| %,d | %,.1f | %,.1f | %,.1f | %.3f |",
              persons(result),
              result.getPrimaryResult().getScore(),
              result.getPrimaryResult().getScoreError(),
              nanosPerPerson(result),
              nanosPerPerson(result) / baseline));
    }
  }

  static int persons(RunResult result) {
    return Integer.parseInt(result.getParams().getParam("persons"));
  }

  private static double nanosPerPerson(RunResult result) {
    return result.getPrimaryResult().getScore() * 1000 / persons(result);
  }
}
