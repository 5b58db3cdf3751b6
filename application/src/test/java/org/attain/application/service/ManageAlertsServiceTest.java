package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;

import java.util.Optional;
import org.attain.application.contract.RiskSamples;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.NotFoundException;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.risk.Acknowledgement;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertId;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertStatus;
import org.junit.jupiter.api.Test;

/** R6: admins read and acknowledge their organization's alerts; agents read any. */
class ManageAlertsServiceTest {

  private final Programme programme = new Programme();
  private final Organization contoso = programme.organization("Contoso");
  private final Organization fabrikam = programme.organization("Fabrikam");
  private final Alert raised =
      programme.stores.alerts.save(
          RiskSamples.anAlert(contoso.id(), AlertKind.RENEWAL_AT_RISK, TODAY.minusDays(2)));

  @Test
  void r6_anAdminListsOpenAndAcknowledgedAlertsAndAcknowledgesOneRecordingWhoAndWhen() {
    Alert older =
        programme.stores.alerts.save(
            RiskSamples.anAlert(contoso.id(), AlertKind.LAPSE_AHEAD, TODAY.minusDays(9))
                .acknowledge("someone", TODAY.minusDays(8)));

    Alert acknowledged = programme.alerts.acknowledge(adminOf(contoso), contoso.id(), raised.id());

    assertThat(acknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
    assertThat(acknowledged.acknowledged())
        .contains(new Acknowledgement(adminOf(contoso).subject(), TODAY));
    assertThat(
            programme.alerts.list(adminOf(contoso), contoso.id(), new PageRequest(0, 10)).items())
        .extracting(Alert::id, Alert::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(raised.id(), AlertStatus.ACKNOWLEDGED),
            org.assertj.core.groups.Tuple.tuple(older.id(), AlertStatus.ACKNOWLEDGED));
  }

  @Test
  void acknowledgingAgainKeepsTheFirstAcknowledgementAndWritesNothing() {
    programme.alerts.acknowledge(adminOf(contoso), contoso.id(), raised.id());
    programme.stores.clock.advanceDays(3);
    Actor.PartnerAdmin other = new Actor.PartnerAdmin("another-admin", contoso.id());

    Alert again = programme.alerts.acknowledge(other, contoso.id(), raised.id());

    assertThat(again.acknowledged().orElseThrow().on()).isEqualTo(TODAY);
    assertThat(again.version()).isEqualTo(1L);
  }

  @Test
  void agentsReadAnyOrganizationsAlertsButOnlyItsAdminsAcknowledge() {
    assertThat(programme.alerts.list(AGENT, contoso.id(), new PageRequest(0, 10)).total())
        .isEqualTo(1);
    assertThat(programme.alerts.read(AGENT, contoso.id(), raised.id())).isEqualTo(raised);

    assertThatThrownBy(() -> programme.alerts.acknowledge(AGENT, contoso.id(), raised.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> programme.alerts.list(adminOf(fabrikam), contoso.id(), new PageRequest(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> programme.alerts.acknowledge(adminOf(fabrikam), contoso.id(), raised.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                programme.alerts.list(
                    new Actor.PersonAccount(PersonId.newId()),
                    contoso.id(),
                    new PageRequest(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(programme.stores.alerts.findById(raised.id()).orElseThrow().status())
        .isEqualTo(AlertStatus.OPEN);
  }

  @Test
  void anAlertOfAnotherOrganizationOrAnUnknownOneIsNotFound() {
    assertThatThrownBy(() -> programme.alerts.read(adminOf(fabrikam), fabrikam.id(), raised.id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("alert");
    assertThatThrownBy(
            () -> programme.alerts.acknowledge(adminOf(contoso), contoso.id(), AlertId.newId()))
        .isInstanceOf(NotFoundException.class);
    OrganizationId unknown = OrganizationId.newId();
    assertThatThrownBy(() -> programme.alerts.list(AGENT, unknown, new PageRequest(0, 10)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                programme.histories.history(
                    AGENT, unknown, Optional.empty(), new PageRequest(0, 10)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                programme.histories.history(
                    adminOf(fabrikam), contoso.id(), Optional.empty(), new PageRequest(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }
}
