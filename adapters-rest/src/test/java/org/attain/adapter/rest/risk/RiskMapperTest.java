package org.attain.adapter.rest.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertId;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertShortfall;
import org.attain.domain.risk.AlertStatus;
import org.attain.domain.risk.RecordedCause;
import org.junit.jupiter.api.Test;

class RiskMapperTest {

  private static final LocalDate RAISED = LocalDate.of(2025, 3, 1);

  private final RiskMapper mapper = new RiskMapperImpl();

  @Test
  void anOpenUnstoredAlertHasNoAcknowledgementNorEndAndVersionZero() {
    AlertResponse response = mapper.toResponse(alert());

    assertThat(response.status()).isEqualTo(AlertStatus.OPEN);
    assertThat(response.acknowledgedBy()).isNull();
    assertThat(response.acknowledgedOn()).isNull();
    assertThat(response.endedOn()).isNull();
    assertThat(response.version()).isZero();
    assertThat(response.cause()).isEqualTo(new CauseResponse("person-left", "Ana left"));
    assertThat(response.nowShort())
        .containsExactly(
            new ShortfallResponse(
                "cloud-platform",
                Level.SILVER,
                "Certified individuals",
                50,
                List.of("1 more person holding 70-533"),
                "cloud-platform at SILVER (option \"Certified individuals\", 50% complete): 1"
                    + " more person holding 70-533"));
  }

  @Test
  void anAcknowledgedEndedAlertShowsWhoWhenAndTheEnd() {
    Alert alert =
        alert().acknowledge("admin-1", RAISED.plusDays(2)).ended(LocalDate.of(2025, 3, 10));

    AlertResponse response = mapper.toResponse(alert);

    assertThat(response.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
    assertThat(response.acknowledgedBy()).isEqualTo("admin-1");
    assertThat(response.acknowledgedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(response.endedOn()).isEqualTo(LocalDate.of(2025, 3, 10));
  }

  private static Alert alert() {
    AlertShortfall cloud =
        new AlertShortfall(
            new CompetencyId("cloud-platform"),
            Level.SILVER,
            "Certified individuals",
            50,
            List.of("1 more person holding 70-533"));
    return new Alert(
        AlertId.newId(),
        OrganizationId.newId(),
        AlertKind.RENEWAL_AT_RISK,
        MembershipLevel.SILVER,
        new RecordedCause("person-left", "Ana left"),
        RAISED,
        null,
        List.of(),
        List.of(cloud),
        List.of(cloud),
        List.of(),
        null,
        null,
        null);
  }
}
