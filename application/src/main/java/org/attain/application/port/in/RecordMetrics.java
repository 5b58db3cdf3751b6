package org.attain.application.port.in;

import java.util.List;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.OrganizationId;

/**
 * An organization's performance metrics: recorded by agents or an integration feed (never by the
 * partner's own admins), read by the organization's admins and agents.
 */
public interface RecordMetrics {

  MetricReport record(Actor actor, OrganizationId organization, MetricReport report);

  /** In the order they were recorded. */
  List<MetricReport> list(Actor actor, OrganizationId organization);
}
