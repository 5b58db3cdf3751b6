package org.attain.adapter.persistence.metric;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.port.out.MetricReports;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.OrganizationId;

/**
 * Metric reports stored with Hibernate ORM; runs inside the caller's unit of work. Values are
 * stored as {@code numeric(19, 2)}, which holds every value a report may carry (at most 15 whole
 * digits and 2 decimals, as the domain's {@code MetricUnit} guards).
 */
@ApplicationScoped
public class PanacheMetricReports implements MetricReports {

  /** Decimals kept: cents of an amount, none of a count. */
  static final int SCALE = 2;

  private final MetricReportRepository repository;
  private final MetricReportMapper mapper;

  PanacheMetricReports(MetricReportRepository repository, MetricReportMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public MetricReport add(OrganizationId organization, MetricReport report) {
    MetricReport stored =
        new MetricReport(
            report.metric(), storable(report.value()), report.periodStart(), report.periodEnd());
    repository.persist(mapper.toStored(stored, organization.value()));
    StoreConflicts.flush(repository.getEntityManager());
    return stored;
  }

  /** One statement, in recording order. */
  @Override
  public List<MetricReport> of(OrganizationId organization) {
    return repository.of(organization.value()).stream().map(mapper::toDomain).toList();
  }

  private static BigDecimal storable(BigDecimal value) {
    return value.setScale(SCALE, RoundingMode.UNNECESSARY);
  }
}
