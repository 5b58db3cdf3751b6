package org.attain.application.service;

import java.util.List;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.RecordMetrics;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reevaluation.ReevaluationPipeline;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.OrganizationId;

/** Records and reads organizations' performance metrics; a report re-evaluates (R6). */
public final class RecordMetricsService implements RecordMetrics {

  private final Organizations organizations;
  private final MetricReports metrics;
  private final UnitOfWork unitOfWork;
  private final ProgrammeClock clock;
  private final ReevaluationPipeline pipeline;

  public RecordMetricsService(
      Organizations organizations,
      MetricReports metrics,
      UnitOfWork unitOfWork,
      ProgrammeClock clock,
      ReevaluationPipeline pipeline) {
    this.organizations = organizations;
    this.metrics = metrics;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.pipeline = pipeline;
  }

  @Override
  public MetricReport record(Actor actor, OrganizationId organization, MetricReport report) {
    Access.requireAgent(actor);
    return unitOfWork.changing(
        List.of(organization),
        () -> {
          Lookup.organizationExists(organizations, organization);
          MetricReport added = metrics.add(organization, report);
          pipeline.reevaluate(
              List.of(organization), clock.today(), new ChangeCause.MetricReported(added.metric()));
          return added;
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
