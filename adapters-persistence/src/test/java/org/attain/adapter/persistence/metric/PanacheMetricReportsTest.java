package org.attain.adapter.persistence.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.attain.application.contract.MetricReportsContract;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.OrganizationId;
import org.junit.jupiter.api.Test;

/** The stored metric reports honour the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheMetricReportsTest extends MetricReportsContract {

  @Inject MetricReports metricReports;
  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected MetricReports metricReports() {
    return metricReports;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return unitOfWork.run(work);
  }

  @Test
  void valuesAreKeptToTheCent() {
    OrganizationId organization = unitOfWork.run(() -> organizations.save(anOrganization())).id();

    MetricReport added = unitOfWork.run(() -> metricReports.add(organization, seats("250")));

    assertThat(added.value()).isEqualTo(new BigDecimal("250.00"));
    assertThat(unitOfWork.read(() -> metricReports.of(organization)))
        .extracting(MetricReport::value)
        .containsExactly(new BigDecimal("250.00"));
  }

  @Test
  void theLargestValuesAReportMayCarryAreStoredExactly() {
    OrganizationId organization = unitOfWork.run(() -> organizations.save(anOrganization())).id();
    MetricReport dollars =
        new MetricReport(
            Metric.AZURE_CONSUMPTION_USD_TTM, new BigDecimal("999999999999999.99"), DAY, DAY);

    unitOfWork.run(() -> metricReports.add(organization, dollars));
    unitOfWork.run(() -> metricReports.add(organization, seats("999999999999999")));

    assertThat(unitOfWork.read(() -> metricReports.of(organization)))
        .extracting(MetricReport::value)
        .containsExactly(
            new BigDecimal("999999999999999.99"), new BigDecimal("999999999999999.00"));
  }

  private static MetricReport seats(String value) {
    return new MetricReport(Metric.POWER_BI_SEATS, new BigDecimal(value), DAY, DAY);
  }
}
