package org.attain.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;

/** Prints RobustnessBenchmark's results per size as multiples of the plain evaluation's time. */
final class RobustnessRatios {

  private RobustnessRatios() {}

  static void print(List<RunResult> results) {
    Map<String, Map<String, RunResult>> bySize = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      String size =
          String.format(
              Locale.ROOT,
              "%,6d | %s",
              RunBenchmarks.persons(result),
              result.getParams().getParam("metrics"));
      bySize
          .computeIfAbsent(size, n -> new TreeMap<>())
          .put(name.substring(name.lastIndexOf('.') + 1), result);
    }
    if (bySize.isEmpty()) {
      return;
    }
    System.out.println();
    System.out.println(
        "| persons | metrics | benchmark | µs per operation | ± (99.9%) | × evaluate |");
    System.out.println("|---:|---|---|---:|---:|---:|");
    bySize.forEach(
        (persons, byName) -> {
          RunResult evaluate = byName.get("evaluate");
          byName.forEach(
              (name, result) ->
                  System.out.println(
                      String.format(
                          Locale.ROOT,
                          "| %s | %s | %,.1f | %,.1f | %s |",
                          persons,
                          name,
                          result.getPrimaryResult().getScore(),
                          result.getPrimaryResult().getScoreError(),
                          evaluate == null
                              ? "-"
                              : String.format(
                                  Locale.ROOT,
                                  "%.2f",
                                  result.getPrimaryResult().getScore()
                                      / evaluate.getPrimaryResult().getScore()))));
        });
  }
}
