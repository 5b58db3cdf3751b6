package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.CompetencyHistories;
import org.attain.application.port.out.Organizations;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.CompetencyState;
import org.attain.domain.risk.CompetencyStateChange;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link CompetencyHistories} must do. The store may be shared with
 * other tests and never emptied: each test reads only the history of organizations it created.
 */
public abstract class CompetencyHistoriesContract {

  private static final CompetencyId CLOUD = new CompetencyId("cloud-platform");
  private static final CompetencyId DATA = new CompetencyId("data-platform");

  protected abstract CompetencyHistories histories();

  protected abstract Organizations organizations();

  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private OrganizationId storedOrganization() {
    return inTransaction(() -> organizations().save(anOrganization())).id();
  }

  private void append(CompetencyStateChange... changes) {
    inTransaction(
        () -> {
          histories().append(List.of(changes));
          return null;
        });
  }

  private static CompetencyStateChange change(
      OrganizationId organization,
      CompetencyId competency,
      CompetencyState state,
      AttainedLevel level,
      int day) {
    return new CompetencyStateChange(
        organization,
        competency,
        state,
        level,
        state == CompetencyState.OVERRIDDEN ? DAY.plusDays(day + 90) : null,
        DAY.plusDays(day),
        RiskSamples.ANA_LEFT);
  }

  @Test
  public void entriesAreReadBackInTheOrderAppendedWithEveryField() {
    OrganizationId organization = storedOrganization();
    CompetencyStateChange started =
        change(organization, CLOUD, CompetencyState.STARTED, AttainedLevel.NONE, 0);
    CompetencyStateChange qualified =
        change(organization, CLOUD, CompetencyState.QUALIFIED, AttainedLevel.SILVER, 0);
    CompetencyStateChange overridden =
        change(organization, DATA, CompetencyState.OVERRIDDEN, AttainedLevel.GOLD, 0);
    append(started, qualified);
    append(overridden);

    Page<CompetencyStateChange> read =
        inTransaction(() -> histories().of(organization, Optional.empty(), new PageRequest(0, 10)));

    assertThat(read.items()).containsExactly(started, qualified, overridden);
    assertThat(read.total()).isEqualTo(3);
  }

  @Test
  public void theLatestEntryOfEachCompetencyIsItsState() {
    OrganizationId organization = storedOrganization();
    CompetencyStateChange cloudNow =
        change(organization, CLOUD, CompetencyState.AT_RISK, AttainedLevel.NONE, 5);
    CompetencyStateChange dataNow =
        change(organization, DATA, CompetencyState.ACTIVE, AttainedLevel.SILVER, 1);
    append(
        change(organization, CLOUD, CompetencyState.QUALIFIED, AttainedLevel.SILVER, 0),
        change(organization, CLOUD, CompetencyState.ACTIVE, AttainedLevel.SILVER, 1),
        dataNow);
    append(cloudNow);
    append(change(storedOrganization(), CLOUD, CompetencyState.EXPIRED, AttainedLevel.NONE, 9));

    assertThat(inTransaction(() -> histories().latest(organization)))
        .containsOnlyKeys(CLOUD, DATA)
        .containsEntry(CLOUD, cloudNow)
        .containsEntry(DATA, dataNow);
    assertThat(inTransaction(() -> histories().latest(storedOrganization()))).isEmpty();
  }

  @Test
  public void oneCompetencysHistoryIsReadInPages() {
    OrganizationId organization = storedOrganization();
    CompetencyStateChange first =
        change(organization, CLOUD, CompetencyState.QUALIFIED, AttainedLevel.SILVER, 0);
    CompetencyStateChange second =
        change(organization, CLOUD, CompetencyState.ACTIVE, AttainedLevel.SILVER, 1);
    CompetencyStateChange third =
        change(organization, CLOUD, CompetencyState.ACTIVE, AttainedLevel.GOLD, 2);
    append(first, change(organization, DATA, CompetencyState.STARTED, AttainedLevel.NONE, 0));
    append(second, third);

    Page<CompetencyStateChange> page =
        inTransaction(
            () -> histories().of(organization, Optional.of(CLOUD), new PageRequest(1, 2)));

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).containsExactly(third);
  }
}
