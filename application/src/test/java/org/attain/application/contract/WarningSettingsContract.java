package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.anOrganization;

import java.util.List;
import java.util.function.Supplier;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.WarningSettings;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Warnings;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link WarningSettings} must do. The store may be shared with other
 * tests and never emptied: each test reads only the organizations it created.
 */
public abstract class WarningSettingsContract {

  protected abstract WarningSettings settings();

  /** Where the organizations are stored (a database may require them). */
  protected abstract Organizations organizations();

  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private OrganizationId storedOrganization() {
    return inTransaction(() -> organizations().save(anOrganization())).id();
  }

  private void save(OrganizationId organization, Warnings warnings) {
    inTransaction(
        () -> {
          settings().save(organization, warnings);
          return null;
        });
  }

  @Test
  public void anOrganizationReceivesEveryWarningUntilItsAdminsSayOtherwise() {
    OrganizationId organization = storedOrganization();

    assertThat(inTransaction(() -> settings().of(organization))).isEqualTo(Warnings.DEFAULT);
    assertThat(inTransaction(() -> settings().of(List.of(organization)))).isEmpty();
  }

  @Test
  public void aChoiceIsStoredAndReplacedAndReadForManyOrganizationsAtOnce() {
    OrganizationId optedOut = storedOrganization();
    OrganizationId optedBackIn = storedOrganization();
    OrganizationId untouched = storedOrganization();

    save(optedOut, new Warnings(false));
    save(optedBackIn, new Warnings(false));
    save(optedBackIn, new Warnings(true));

    assertThat(inTransaction(() -> settings().of(optedOut))).isEqualTo(new Warnings(false));
    assertThat(inTransaction(() -> settings().of(List.of(optedOut, optedBackIn, untouched))))
        .containsOnlyKeys(optedOut, optedBackIn)
        .containsEntry(optedOut, new Warnings(false))
        .containsEntry(optedBackIn, new Warnings(true));
  }
}
