package org.attain.application.inmemory;

import org.attain.application.contract.MetricReportsContract;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Organizations;

/** The in-memory metric reports honour the store contract. */
class InMemoryMetricReportsTest extends MetricReportsContract {

  private final InMemoryMetricReports metricReports = new InMemoryMetricReports();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected MetricReports metricReports() {
    return metricReports;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
