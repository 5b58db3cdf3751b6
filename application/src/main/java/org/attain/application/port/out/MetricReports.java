package org.attain.application.port.out;

import java.util.List;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.OrganizationId;

/** The store of the performance metrics reported for organizations. Reports are never changed. */
public interface MetricReports {

  MetricReport add(OrganizationId organization, MetricReport report);

  /** The organization's reports in the order they were recorded (a later one corrects). */
  List<MetricReport> of(OrganizationId organization);
}
