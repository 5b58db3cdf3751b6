package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.CloudPlatformCatalog.CLOUD_PLATFORM;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;
import static org.attain.application.service.Programme.self;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.NotFoundException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ManageOverrides.Grant;
import org.attain.application.port.in.ReadCompetencies;
import org.attain.application.port.out.AuditLog;
import org.attain.application.reevaluation.CatalogCache;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.audit.AuditAction;
import org.attain.domain.audit.AuditEntry;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverrideId;
import org.attain.domain.override.OverridePolicy;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.InvalidValueException;
import org.attain.domain.shared.RuleViolationException;
import org.attain.domain.shared.StateConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R7 as a use case: agents grant and revoke overrides, admins read them, everything is audited. */
class ManageOverridesServiceTest {

  private static final OverrideGrant GOLD = new OverrideGrant.LevelGranted(Level.GOLD);

  private final Programme programme = new Programme();
  private Organization contoso;

  @BeforeEach
  void catalogAndOrganization() {
    programme.stores.catalogs.add(CloudPlatformCatalog.version(1, TODAY.minusYears(1)));
    contoso = programme.organization("Contoso");
  }

  private AgentOverride grantGold() {
    return programme.overrides.grant(
        AGENT, contoso.id(), new Grant(CLOUD_PLATFORM, GOLD, "Audit pending", null, null));
  }

  private AuditLog.Filter everything() {
    return AuditLog.Filter.EVERYTHING;
  }

  @Test
  void r7_anAgentGrantsAnOverrideForThreeMonthsByDefaultAndItIsAudited() {
    AgentOverride granted = grantGold();

    assertThat(granted.agent()).isEqualTo(AGENT.subject());
    assertThat(granted.startsOn()).isEqualTo(TODAY);
    assertThat(granted.lastDay()).isEqualTo(TODAY.plusMonths(3));
    assertThat(programme.stores.overrides.ofOrganization(contoso.id()))
        .extracting(AgentOverride::id)
        .containsExactly(granted.id());
    AuditEntry entry = programme.stores.auditLog.entries().getLast();
    assertThat(entry.action()).isEqualTo(AuditAction.OVERRIDE_GRANTED);
    assertThat(entry.actor()).isEqualTo(AGENT.subject());
    assertThat(entry.organization()).isEqualTo(contoso.id());
    assertThat(entry.subject()).isEqualTo(granted.id().toString());
    assertThat(entry.day()).isEqualTo(TODAY);
    assertThat(entry.reason()).isEqualTo("Audit pending");
    assertThat(entry.details())
        .containsEntry("competencyId", "cloud-platform")
        .containsEntry("lastDay", TODAY.plusMonths(3).toString());
  }

  @Test
  void r7_aPartnerAdminOrAPersonMayNotGrantNorRevoke() {
    AgentOverride granted = grantGold();
    Person ana = programme.associated(programme.person("Ana Lima"), contoso);
    Grant grant = new Grant(CLOUD_PLATFORM, GOLD, "Because I say so", null, null);

    for (Actor actor : new Actor[] {adminOf(contoso), self(ana)}) {
      assertThatThrownBy(() -> programme.overrides.grant(actor, contoso.id(), grant))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(
              () -> programme.overrides.revoke(actor, contoso.id(), granted.id(), "mine"))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(programme.stores.overrides.ofOrganization(contoso.id())).hasSize(1);
    assertThat(programme.stores.auditLog.entries()).hasSize(1);
  }

  @Test
  void r7_theOrganizationsAdminsAndAgentsReadItsOverridesOthersDoNot() {
    AgentOverride granted = grantGold();
    Organization fabrikam = programme.organization("Fabrikam");

    assertThat(
            programme
                .overrides
                .list(adminOf(contoso), contoso.id(), new PageRequest(0, 10))
                .items())
        .extracting(AgentOverride::id)
        .containsExactly(granted.id());
    assertThat(programme.overrides.read(AGENT, contoso.id(), granted.id()).reason())
        .isEqualTo("Audit pending");
    assertThatThrownBy(
            () -> programme.overrides.list(adminOf(fabrikam), contoso.id(), new PageRequest(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> programme.overrides.read(adminOf(fabrikam), contoso.id(), granted.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> programme.overrides.read(AGENT, fabrikam.id(), granted.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("override-not-found"));
  }

  @Test
  void r7_anAgentRevokesWithAReasonAndTheRevocationIsAudited() {
    AgentOverride granted = grantGold();
    programme.stores.clock.advanceDays(10);

    AgentOverride revoked =
        programme.overrides.revoke(
            new Actor.Agent("agent-jones"), contoso.id(), granted.id(), "Exam now recognised");

    assertThat(revoked.revocation().orElseThrow().revokedOn()).isEqualTo(TODAY.plusDays(10));
    assertThat(revoked.holdsOn(TODAY.plusDays(9))).isTrue();
    assertThat(revoked.holdsOn(TODAY.plusDays(10))).isFalse();
    AuditEntry entry = programme.stores.auditLog.entries().getLast();
    assertThat(entry.action()).isEqualTo(AuditAction.OVERRIDE_REVOKED);
    assertThat(entry.actor()).isEqualTo("agent-jones");
    assertThat(entry.reason()).isEqualTo("Exam now recognised");
    assertThat(entry.day()).isEqualTo(TODAY.plusDays(10));
  }

  @Test
  void r7_aRevocationNeedsAReasonAndHappensOnceNothingIsAuditedWhenRefused() {
    AgentOverride granted = grantGold();

    assertThatThrownBy(() -> programme.overrides.revoke(AGENT, contoso.id(), granted.id(), " "))
        .isInstanceOf(InvalidValueException.class);
    programme.overrides.revoke(AGENT, contoso.id(), granted.id(), "Wrong organization");
    assertThatThrownBy(
            () -> programme.overrides.revoke(AGENT, contoso.id(), granted.id(), "Once more"))
        .isInstanceOf(StateConflictException.class);
    assertThat(programme.stores.auditLog.entries())
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.OVERRIDE_GRANTED, AuditAction.OVERRIDE_REVOKED);
  }

  @Test
  void r7_anOverrideNeedsAnExistingOrganizationCompetencyAndPerson() {
    Grant unknownPerson =
        new Grant(
            CLOUD_PLATFORM,
            new OverrideGrant.HoldsCredential(
                new PersonId(UUID.randomUUID()), new AchievementCode("70-533")),
            "Passed",
            null,
            null);
    Grant unknownCompetency =
        new Grant(new CompetencyId("quantum-computing"), GOLD, "Promising", null, null);

    assertThatThrownBy(
            () ->
                programme.overrides.grant(
                    AGENT, new OrganizationId(UUID.randomUUID()), unknownCompetency))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("organization-not-found"));
    assertThatThrownBy(() -> programme.overrides.grant(AGENT, contoso.id(), unknownCompetency))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("competency-not-found"));
    assertThatThrownBy(() -> programme.overrides.grant(AGENT, contoso.id(), unknownPerson))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("person-not-found"));
    assertThat(programme.stores.auditLog.entries()).isEmpty();
  }

  @Test
  void r7_aHoldsCredentialOverrideNamesAKnownPerson() {
    Person ana = programme.person("Ana Lima");

    AgentOverride granted =
        programme.overrides.grant(
            AGENT,
            contoso.id(),
            new Grant(
                CLOUD_PLATFORM,
                new OverrideGrant.HoldsCredential(ana.id(), new AchievementCode("70-533")),
                "Passed on 2025-03-28",
                TODAY.plusDays(1),
                TODAY.plusDays(14)));

    assertThat(granted.startsOn()).isEqualTo(TODAY.plusDays(1));
    assertThat(granted.lastDay()).isEqualTo(TODAY.plusDays(14));
  }

  @Test
  void r7_anOverrideBeyondTheConfiguredMaximumIsRefused() {
    Grant tooLong =
        new Grant(CLOUD_PLATFORM, GOLD, "A long audit", null, TODAY.plusMonths(3).plusDays(1));

    assertThatThrownBy(() -> programme.overrides.grant(AGENT, contoso.id(), tooLong))
        .isInstanceOfSatisfying(
            RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("override-too-long"));
    assertThat(programme.stores.overrides.ofOrganization(contoso.id())).isEmpty();
  }

  @Test
  void theAuditLogIsReadByAgentsOnlyNewestFirstAndFiltered() {
    AgentOverride granted = grantGold();
    programme.stores.clock.advanceDays(2);
    programme.overrides.revoke(AGENT, contoso.id(), granted.id(), "Done");
    Organization fabrikam = programme.organization("Fabrikam");
    programme.overrides.grant(
        AGENT, fabrikam.id(), new Grant(CLOUD_PLATFORM, GOLD, "Pending", null, null));
    PageRequest page = new PageRequest(0, 10);

    assertThat(programme.auditLog.find(AGENT, everything(), page).items())
        .extracting(AuditEntry::action)
        .containsExactly(
            AuditAction.OVERRIDE_GRANTED,
            AuditAction.OVERRIDE_REVOKED,
            AuditAction.OVERRIDE_GRANTED);
    assertThat(
            programme
                .auditLog
                .find(
                    AGENT,
                    new AuditLog.Filter(
                        Optional.of(contoso.id()),
                        Optional.of(TODAY.plusDays(1)),
                        Optional.empty()),
                    page)
                .items())
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.OVERRIDE_REVOKED);
    assertThatThrownBy(() -> programme.auditLog.find(adminOf(contoso), everything(), page))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void r7_theEvaluationCountsAnOverrideFromItsFirstThroughItsLastDayOnly() {
    ReadCompetencies competencies = programme.competencies;
    AgentOverride granted =
        programme.overrides.grant(
            AGENT,
            contoso.id(),
            new Grant(
                CLOUD_PLATFORM, GOLD, "Audit pending", TODAY.plusDays(1), TODAY.plusDays(30)));

    assertThat(levelOn(competencies, TODAY)).isEqualTo(AttainedLevel.NONE);
    assertThat(levelOn(competencies, granted.startsOn())).isEqualTo(AttainedLevel.GOLD);
    assertThat(levelOn(competencies, granted.lastDay())).isEqualTo(AttainedLevel.GOLD);
    assertThat(levelOn(competencies, granted.lastDay().plusDays(1))).isEqualTo(AttainedLevel.NONE);
  }

  private AttainedLevel levelOn(ReadCompetencies competencies, LocalDate day) {
    return competencies
        .status(AGENT, contoso.id(), Optional.of(day))
        .evaluation()
        .levelIn(CLOUD_PLATFORM);
  }

  @Test
  void r7_anOverrideIsNotKeptWhenItsAuditEntryCannotBeWritten() {
    AuditLog broken =
        new AuditLog() {
          @Override
          public void append(AuditEntry entry) {
            throw new IllegalStateException("the audit log is unavailable");
          }

          @Override
          public Page<AuditEntry> find(Filter filter, PageRequest request) {
            throw new UnsupportedOperationException();
          }
        };
    ManageOverridesService unaudited =
        new ManageOverridesService(
            programme.stores.organizations,
            programme.stores.persons,
            new CatalogCache(programme.stores.catalogs),
            programme.stores.overrides,
            broken,
            OverridePolicy.PROGRAMME_DEFAULT,
            programme.stores.clock,
            programme.stores.unitOfWork,
            programme.pipeline);

    assertThatThrownBy(
            () ->
                unaudited.grant(
                    AGENT, contoso.id(), new Grant(CLOUD_PLATFORM, GOLD, "Pending", null, null)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(programme.stores.overrides.ofOrganization(contoso.id())).isEmpty();
  }

  @Test
  void anUnknownOverrideIsNotFound() {
    assertThatThrownBy(
            () -> programme.overrides.revoke(AGENT, contoso.id(), OverrideId.newId(), "Gone"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("override-not-found"));
  }
}
