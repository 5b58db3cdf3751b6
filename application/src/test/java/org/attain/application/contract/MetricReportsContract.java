package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Organizations;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.OrganizationId;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link MetricReports} must do. The store may be shared with other
 * tests and never emptied: each test reads only the reports of organizations it created. Values are
 * compared as numbers: a store may write {@code 3} back as {@code 3.00}, never as another number.
 */
public abstract class MetricReportsContract {

  /** The store under test. */
  protected abstract MetricReports metricReports();

  /** Where the organizations that reports belong to are stored (a database may require them). */
  protected abstract Organizations organizations();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private OrganizationId storedOrganization() {
    return inTransaction(() -> organizations().save(anOrganization())).id();
  }

  private MetricReport add(OrganizationId organization, MetricReport report) {
    return inTransaction(() -> metricReports().add(organization, report));
  }

  private List<MetricReport> of(OrganizationId organization) {
    return numerically(inTransaction(() -> metricReports().of(organization)));
  }

  @Test
  public void aReportIsReadBackUnchanged() {
    OrganizationId organization = storedOrganization();
    MetricReport report =
        report(Metric.AZURE_CONSUMPTION_USD_TTM, "12500.50", DAY.minusYears(1), DAY);

    MetricReport added = add(organization, report);

    assertThat(numerically(List.of(added))).containsExactly(numerically(report));
    assertThat(of(organization)).containsExactly(numerically(report));
  }

  @Test
  public void zeroCountsAndLargeAmountsWithCentsAreKept() {
    OrganizationId organization = storedOrganization();
    List<MetricReport> reports =
        List.of(
            report(Metric.POWER_BI_SEATS, "0", DAY, DAY),
            report(Metric.EMS_PAID_ENTITLEMENTS, "4000", DAY.minusMonths(1), DAY),
            report(Metric.REVENUE_USD_TTM, "123456789012345.67", DAY.minusYears(1), DAY),
            report(Metric.CLOUD_REVENUE_USD_TTM, "0.01", DAY.minusYears(1), DAY));

    reports.forEach(r -> add(organization, r));

    assertThat(of(organization)).containsExactlyElementsOf(numerically(reports));
  }

  @Test
  public void reportsAreListedInTheOrderTheyWereRecordedEvenForTheSamePeriod() {
    OrganizationId organization = storedOrganization();
    LocalDate start = DAY.minusYears(1);
    MetricReport first = report(Metric.AZURE_CONSUMPTION_USD_TTM, "9000", start, DAY);
    MetricReport correction = report(Metric.AZURE_CONSUMPTION_USD_TTM, "16000", start, DAY);
    MetricReport older =
        report(Metric.AZURE_CONSUMPTION_USD_TTM, "5000", start.minusYears(1), start);
    MetricReport again = report(Metric.AZURE_CONSUMPTION_USD_TTM, "15000", start, DAY);
    MetricReport seats = report(Metric.POWER_BI_SEATS, "250", DAY, DAY);
    List<MetricReport> recorded = List.of(first, correction, older, again, seats);

    recorded.forEach(r -> add(organization, r));

    assertThat(of(organization)).containsExactlyElementsOf(numerically(recorded));
  }

  @Test
  public void everyMetricIsStored() {
    OrganizationId organization = storedOrganization();
    List<MetricReport> reports =
        Arrays.stream(Metric.values()).map(m -> report(m, "1", DAY.minusDays(30), DAY)).toList();

    reports.forEach(r -> add(organization, r));

    assertThat(of(organization)).containsExactlyElementsOf(numerically(reports));
  }

  @Test
  public void eachOrganizationReadsOnlyItsOwnReports() {
    OrganizationId ours = storedOrganization();
    OrganizationId theirs = storedOrganization();
    MetricReport mine = report(Metric.OFFICE_365_ACTIVE_USERS, "2000", DAY, DAY);
    MetricReport other = report(Metric.OFFICE_365_ACTIVE_USERS, "1000", DAY, DAY);

    add(ours, mine);
    add(theirs, other);

    assertThat(of(ours)).containsExactly(numerically(mine));
    assertThat(of(theirs)).containsExactly(numerically(other));
    assertThat(of(storedOrganization())).isEmpty();
  }

  private static MetricReport report(Metric metric, String value, LocalDate start, LocalDate end) {
    return new MetricReport(metric, new BigDecimal(value), start, end);
  }

  /** The report with its value at the scale of the number it is, so that 3.00 equals 3. */
  private static MetricReport numerically(MetricReport report) {
    return new MetricReport(
        report.metric(),
        report.value().stripTrailingZeros(),
        report.periodStart(),
        report.periodEnd());
  }

  private static List<MetricReport> numerically(List<MetricReport> reports) {
    return reports.stream().map(MetricReportsContract::numerically).toList();
  }
}
