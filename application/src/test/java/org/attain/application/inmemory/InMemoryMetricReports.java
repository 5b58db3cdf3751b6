package org.attain.application.inmemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attain.application.port.out.MetricReports;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.OrganizationId;

/** Metric reports kept per organization, in the order they were recorded. */
public final class InMemoryMetricReports implements MetricReports, Snapshotting {

  private final Map<OrganizationId, List<MetricReport>> reports = new HashMap<>();

  @Override
  public synchronized MetricReport add(OrganizationId organization, MetricReport report) {
    reports.computeIfAbsent(organization, any -> new ArrayList<>()).add(report);
    return report;
  }

  @Override
  public synchronized List<MetricReport> of(OrganizationId organization) {
    return List.copyOf(reports.getOrDefault(organization, List.of()));
  }

  @Override
  public synchronized Runnable snapshot() {
    Map<OrganizationId, List<MetricReport>> copy = new HashMap<>();
    reports.forEach((organization, list) -> copy.put(organization, List.copyOf(list)));
    return () -> {
      synchronized (this) {
        reports.clear();
        copy.forEach((organization, list) -> reports.put(organization, new ArrayList<>(list)));
      }
    };
  }
}
