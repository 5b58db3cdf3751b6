package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;
import static org.attain.application.contract.RiskSamples.anAlert;

import java.util.function.Supplier;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Organizations;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Acknowledgement;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertStatus;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link Alerts} must do. The store may be shared with other tests and
 * never emptied: each test reads only the alerts of organizations it created.
 */
public abstract class AlertsContract {

  protected abstract Alerts alerts();

  /** Where the organizations that alerts belong to are stored (a database may require them). */
  protected abstract Organizations organizations();

  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private OrganizationId storedOrganization() {
    return inTransaction(() -> organizations().save(anOrganization())).id();
  }

  private Alert save(Alert alert) {
    return inTransaction(() -> alerts().save(alert));
  }

  private Alert find(Alert alert) {
    return inTransaction(() -> alerts().findById(alert.id())).orElseThrow();
  }

  @Test
  public void aNewAlertIsFoundWithEveryField() {
    OrganizationId organization = storedOrganization();
    Alert alert = anAlert(organization, AlertKind.LAPSE_AHEAD, DAY);

    Alert saved = save(alert);

    assertThat(saved.version()).isZero();
    assertThat(find(alert)).isEqualTo(saved);
    assertThat(find(alert)).usingRecursiveComparison().ignoringFields("version").isEqualTo(alert);
  }

  @Test
  public void aKeyPersonWarningIsFoundWithThePersonsItNames() {
    OrganizationId organization = storedOrganization();
    Alert alert = anAlert(organization, AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON, DAY);

    save(alert);

    assertThat(find(alert).keyPersons()).isEqualTo(alert.keyPersons()).hasSize(2);
    assertThat(find(alert)).usingRecursiveComparison().ignoringFields("version").isEqualTo(alert);
    assertThat(inTransaction(() -> alerts().ongoing(organization)))
        .extracting(Alert::kind)
        .containsExactly(AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON);
  }

  @Test
  public void acknowledgingAndEndingAreStoredAndAStaleChangeIsRefused() {
    OrganizationId organization = storedOrganization();
    Alert saved = save(anAlert(organization, AlertKind.RENEWAL_AT_RISK, DAY));

    Alert acknowledged = save(saved.acknowledge("admin-of-contoso", DAY.plusDays(1)));
    Alert ended = save(acknowledged.ended(DAY.plusDays(3)));

    assertThat(ended.version()).isEqualTo(2L);
    Alert found = find(saved);
    assertThat(found.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
    assertThat(found.acknowledged())
        .contains(new Acknowledgement("admin-of-contoso", DAY.plusDays(1)));
    assertThat(found.endedOn()).isEqualTo(DAY.plusDays(3));
    assertThatThrownBy(() -> save(saved.acknowledge("late", DAY.plusDays(4))))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
  }

  @Test
  public void anOrganizationHasOneOngoingAlertOfAKindAtMost() {
    OrganizationId organization = storedOrganization();
    Alert first = save(anAlert(organization, AlertKind.RENEWAL_AT_RISK, DAY));
    save(anAlert(organization, AlertKind.LAPSE_AHEAD, DAY));
    save(anAlert(storedOrganization(), AlertKind.RENEWAL_AT_RISK, DAY));

    assertThatThrownBy(() -> save(anAlert(organization, AlertKind.RENEWAL_AT_RISK, DAY)))
        .isInstanceOf(ConflictException.class);
    save(first.ended(DAY.plusDays(1)));
    Alert next = save(anAlert(organization, AlertKind.RENEWAL_AT_RISK, DAY.plusDays(2)));

    assertThat(inTransaction(() -> alerts().ongoing(organization)))
        .extracting(Alert::kind)
        .containsExactlyInAnyOrder(AlertKind.LAPSE_AHEAD, AlertKind.RENEWAL_AT_RISK);
    assertThat(inTransaction(() -> alerts().ongoing(organization))).contains(next);
  }

  @Test
  public void anOrganizationsAlertsAreListedNewestFirstInPages() {
    OrganizationId organization = storedOrganization();
    Alert oldest = save(anAlert(organization, AlertKind.RENEWAL_AT_RISK, DAY));
    save(oldest.ended(DAY.plusDays(1)));
    Alert middle = save(anAlert(organization, AlertKind.LAPSE_AHEAD, DAY.plusDays(2)));
    Alert newest = save(anAlert(organization, AlertKind.RENEWAL_AT_RISK, DAY.plusDays(5)));
    save(anAlert(storedOrganization(), AlertKind.RENEWAL_AT_RISK, DAY.plusDays(9)));

    Page<Alert> first = inTransaction(() -> alerts().of(organization, new PageRequest(0, 2)));
    Page<Alert> second = inTransaction(() -> alerts().of(organization, new PageRequest(1, 2)));

    assertThat(first.total()).isEqualTo(3);
    assertThat(first.items()).extracting(Alert::id).containsExactly(newest.id(), middle.id());
    assertThat(second.items()).extracting(Alert::id).containsExactly(oldest.id());
  }
}
