package org.attain.application.service;

import java.util.List;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.RecordMetrics;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.OrganizationId;

/** Records and reads organizations' performance metrics. */
public final class MetricService implements RecordMetrics {

  private final Organizations organizations;
  private final MetricReports metrics;
  private final UnitOfWork unitOfWork;

  public MetricService(Organizations organizations, MetricReports metrics, UnitOfWork unitOfWork) {
    this.organizations = organizations;
    this.metrics = metrics;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public MetricReport record(Actor actor, OrganizationId organization, MetricReport report) {
    Access.requireAgent(actor);
    return unitOfWork.run(
        () -> {
          Lookup.organizationExists(organizations, organization);
          return metrics.add(organization, report);
        });
  }

  @Override
  public List<MetricReport> list(Actor actor, OrganizationId organization) {
    Access.requireAgentOrAdminOf(actor, organization);
    return unitOfWork.read(
        () -> {
          Lookup.organizationExists(organizations, organization);
          return metrics.of(organization);
        });
  }
}
