package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.port.in.ManageCatalog.Change;
import org.attain.domain.audit.AuditAction;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Publishing catalog versions, which take effect from their day and never rewrite the past. */
class ManageCatalogServiceTest {

  private final Programme programme = new Programme();

  @BeforeEach
  void firstVersion() {
    programme.stores.catalogs.add(CloudPlatformCatalog.version(1, TODAY.minusYears(1)));
  }

  @Test
  void aNewVersionTakesEffectFromItsDayAndEarlierDaysKeepTheirs() {
    LocalDate nextMonth = TODAY.plusMonths(1);

    Catalog published = programme.catalogs.publish(AGENT, change(nextMonth));

    assertThat(published.version()).isEqualTo(2);
    assertThat(programme.catalogs.inForce(Optional.empty()).version()).isEqualTo(1);
    assertThat(programme.catalogs.inForce(Optional.of(nextMonth)).version()).isEqualTo(2);
    assertThat(programme.catalogs.versions()).extracting(Catalog::version).containsExactly(1, 2);
  }

  @Test
  void aPublicationIsAuditedWithItsVersionAndEffectiveDay() {
    LocalDate nextMonth = TODAY.plusMonths(1);

    programme.catalogs.publish(AGENT, change(nextMonth));

    assertThat(programme.stores.auditLog.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo(AuditAction.CATALOG_VERSION_PUBLISHED);
              assertThat(entry.actor()).isEqualTo(AGENT.subject());
              assertThat(entry.organization()).isNull();
              assertThat(entry.subject()).isEqualTo("2");
              assertThat(entry.day()).isEqualTo(TODAY);
              assertThat(entry.details())
                  .containsEntry("version", "2")
                  .containsEntry("effectiveFrom", nextMonth.toString());
            });
  }

  @Test
  void aChangeCannotTakeEffectInThePast() {
    assertThatThrownBy(() -> programme.catalogs.publish(AGENT, change(TODAY.minusDays(1))))
        .isInstanceOf(RuleViolationException.class)
        .extracting("code")
        .isEqualTo("catalog-effective-in-the-past");
  }

  @Test
  void aChangeTakesEffectAfterTheLatestVersion() {
    programme.catalogs.publish(AGENT, change(TODAY.plusMonths(2)));

    assertThatThrownBy(() -> programme.catalogs.publish(AGENT, change(TODAY.plusMonths(1))))
        .isInstanceOf(RuleViolationException.class)
        .extracting("code")
        .isEqualTo("catalog-effective-too-early");
    assertThat(programme.catalogs.versions()).hasSize(2);
    assertThat(programme.stores.auditLog.entries()).hasSize(1);
  }

  @Test
  void onlyAgentsPublish() {
    assertThatThrownBy(
            () ->
                programme.catalogs.publish(
                    adminOf(programme.organization("Contoso")), change(TODAY.plusDays(1))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(programme.catalogs.versions()).hasSize(1);
  }

  private static Change change(LocalDate effectiveFrom) {
    return new Change(effectiveFrom, List.of(), List.of(CloudPlatformCatalog.cloudPlatform()));
  }
}
