package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Overrides;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.metric.Metric;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverrideId;
import org.attain.domain.override.OverridePolicy;
import org.attain.domain.override.Revocation;
import org.attain.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link Overrides} must do. The store may be shared with other tests
 * and never emptied: each test reads only the overrides of organizations it created.
 */
public abstract class OverridesContract {

  private static final CompetencyId CLOUD = new CompetencyId("cloud-platform");

  /** The store under test. */
  protected abstract Overrides overrides();

  /** Where the organizations are stored (a database may require them). */
  protected abstract Organizations organizations();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private OrganizationId storedOrganization() {
    return inTransaction(() -> organizations().save(anOrganization())).id();
  }

  private AgentOverride save(AgentOverride override) {
    return inTransaction(() -> overrides().save(override));
  }

  private AgentOverride find(OverrideId id) {
    return inTransaction(() -> overrides().findById(id)).orElseThrow();
  }

  private static AgentOverride granted(OrganizationId organization, OverrideGrant grant) {
    return AgentOverride.grant(
        organization,
        CLOUD,
        grant,
        "agent-smith",
        "Passed 70-533 on 2025-03-01;\nthe exam feed lags behind. São Tomé",
        DAY,
        DAY.plusDays(2),
        null,
        OverridePolicy.PROGRAMME_DEFAULT);
  }

  @Test
  public void eachKindOfGrantIsFoundWithEveryField() {
    OrganizationId organization = storedOrganization();
    List<OverrideGrant> grants =
        List.of(
            new OverrideGrant.HoldsCredential(
                new PersonId(UUID.randomUUID()), new AchievementCode("MCSA Linux on Azure")),
            new OverrideGrant.PerformanceMet(Metric.AZURE_CONSUMPTION_USD_TTM),
            new OverrideGrant.LevelGranted(Level.GOLD));

    for (OverrideGrant grant : grants) {
      AgentOverride override = granted(organization, grant);
      AgentOverride saved = save(override);

      assertThat(saved.version()).contains(0L);
      AgentOverride found = find(override.id());
      assertThat(found.version()).contains(0L);
      assertThat(found.organization()).isEqualTo(organization);
      assertThat(found.competency()).isEqualTo(CLOUD);
      assertThat(found.grant()).isEqualTo(grant);
      assertThat(found.agent()).isEqualTo("agent-smith");
      assertThat(found.reason()).isEqualTo(override.reason());
      assertThat(found.grantedOn()).isEqualTo(DAY);
      assertThat(found.startsOn()).isEqualTo(DAY.plusDays(2));
      assertThat(found.lastDay()).isEqualTo(DAY.plusDays(2).plusMonths(3));
      assertThat(found.revocation()).isEmpty();
    }
  }

  @Test
  public void anUnknownIdIsNotFound() {
    assertThat(inTransaction(() -> overrides().findById(OverrideId.newId()))).isEmpty();
  }

  @Test
  public void aRevocationIsKeptAndGrowsTheVersion() {
    OrganizationId organization = storedOrganization();
    AgentOverride override =
        save(granted(organization, new OverrideGrant.LevelGranted(Level.SILVER)));
    AgentOverride read = find(override.id());
    read.revoke("agent-jones", "Granted to the wrong organization", DAY.plusDays(5));

    AgentOverride saved = save(read);

    assertThat(saved.version()).contains(1L);
    AgentOverride found = find(override.id());
    assertThat(found.version()).contains(1L);
    assertThat(found.revocation())
        .contains(
            new Revocation("agent-jones", "Granted to the wrong organization", DAY.plusDays(5)));
  }

  @Test
  public void aRevocationFromAStaleVersionIsRefused() {
    OrganizationId organization = storedOrganization();
    AgentOverride override =
        save(granted(organization, new OverrideGrant.LevelGranted(Level.GOLD)));
    AgentOverride first = find(override.id());
    AgentOverride second = find(override.id());
    first.revoke("agent-jones", "first", DAY.plusDays(3));
    second.revoke("agent-smith", "second", DAY.plusDays(4));
    save(first);

    assertThatThrownBy(() -> save(second))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
    assertThat(find(override.id()).revocation().orElseThrow().reason()).isEqualTo("first");
  }

  @Test
  public void anOrganizationsOverridesAreAllItsOwnInTheOrderGranted() {
    OrganizationId ours = storedOrganization();
    OrganizationId theirs = storedOrganization();
    AgentOverride first = save(granted(ours, new OverrideGrant.LevelGranted(Level.SILVER)));
    save(granted(theirs, new OverrideGrant.LevelGranted(Level.GOLD)));
    AgentOverride second =
        save(granted(ours, new OverrideGrant.PerformanceMet(Metric.POWER_BI_SEATS)));
    AgentOverride revoked = find(first.id());
    revoked.revoke("agent-jones", "no longer needed", DAY.plusDays(1));
    save(revoked);

    List<AgentOverride> all = inTransaction(() -> overrides().ofOrganization(ours));

    assertThat(all).extracting(AgentOverride::id).containsExactly(first.id(), second.id());
    assertThat(all.getFirst().revocation()).isPresent();
  }

  @Test
  public void aPageListsTheLatestGrantedFirstAndTellsTheTotal() {
    OrganizationId organization = storedOrganization();
    AgentOverride first = save(granted(organization, new OverrideGrant.LevelGranted(Level.SILVER)));
    AgentOverride second = save(granted(organization, new OverrideGrant.LevelGranted(Level.GOLD)));
    AgentOverride third =
        save(granted(organization, new OverrideGrant.PerformanceMet(Metric.POWER_BI_SEATS)));

    Page<AgentOverride> firstPage =
        inTransaction(() -> overrides().listOf(organization, new PageRequest(0, 2)));
    Page<AgentOverride> secondPage =
        inTransaction(() -> overrides().listOf(organization, new PageRequest(1, 2)));

    assertThat(firstPage.items())
        .extracting(AgentOverride::id)
        .containsExactly(third.id(), second.id());
    assertThat(firstPage.total()).isEqualTo(3);
    assertThat(secondPage.items()).extracting(AgentOverride::id).containsExactly(first.id());
    assertThat(secondPage.total()).isEqualTo(3);
  }
}
