package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;

import java.math.BigDecimal;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.NotFoundException;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.junit.jupiter.api.Test;

/** Metrics are recorded by agents (or a feed) and read by the organization's admins. */
class RecordMetricsServiceTest {

  private final Programme programme = new Programme();
  private final Organization contoso = programme.organization("Contoso");
  private final MetricReport seats =
      new MetricReport(
          Metric.POWER_BI_SEATS, new BigDecimal("250"), TODAY.minusMonths(1), TODAY.minusDays(1));

  @Test
  void anAgentRecordsAndTheAdminReadsInRecordingOrder() {
    MetricReport correction =
        new MetricReport(
            Metric.POWER_BI_SEATS, new BigDecimal("240"), seats.periodStart(), seats.periodEnd());
    programme.metrics.record(AGENT, contoso.id(), seats);
    programme.metrics.record(AGENT, contoso.id(), correction);

    assertThat(programme.metrics.list(adminOf(contoso), contoso.id()))
        .containsExactly(seats, correction);
  }

  @Test
  void thePartnersOwnAdminCannotRecordItsMetrics() {
    assertThatThrownBy(() -> programme.metrics.record(adminOf(contoso), contoso.id(), seats))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(programme.metrics.list(AGENT, contoso.id())).isEmpty();
  }

  @Test
  void metricsOfAnUnknownOrganizationAreNotFound() {
    assertThatThrownBy(() -> programme.metrics.record(AGENT, OrganizationId.newId(), seats))
        .isInstanceOf(NotFoundException.class);
  }
}
