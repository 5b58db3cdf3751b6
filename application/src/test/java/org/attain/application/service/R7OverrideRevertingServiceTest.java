package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attain.application.service.CloudPlatformCatalog.CLOUD_PLATFORM;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.email;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.ManageOverrides;
import org.attain.application.port.in.RegisterOrganization;
import org.attain.application.port.in.ScanDaily;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.reevaluation.Reevaluated;
import org.attain.application.reevaluation.ReevaluationObserver;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.CompetencyState;
import org.attain.domain.risk.CompetencyStateChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R7 reverting through the use cases: a Gold membership that rests on an override granting Gold
 * (the evidence gives Silver) is warned of 14 days before the override's last day, and the daily
 * scan the day after its end raises the renewal-at-risk alert naming the override.
 */
class R7OverrideRevertingServiceTest {

  private static final LocalDate LAST_DAY = TODAY.plusDays(40);

  private final Programme programme = new Programme();
  private final ManageOverrides overrides = programme.overrides;
  private final ScanDaily scan = programme.dailyScan;
  private Organization contoso;
  private AgentOverride gold;

  @BeforeEach
  void aGoldMemberWhoseGoldRestsOnAnOverride() {
    programme.stores.catalogs.add(CloudPlatformCatalog.version(1, TODAY.minusYears(1)));
    contoso = organizationWithTwoAdmins("Contoso");
    programme.exam(programme.associated(programme.person("Ana Souza"), contoso), "70-533", TODAY);
    reportConsumption(contoso, "10000.00");
    gold =
        overrides.grant(
            AGENT,
            contoso.id(),
            new ManageOverrides.Grant(
                CLOUD_PLATFORM,
                new OverrideGrant.LevelGranted(Level.GOLD),
                "Gold exams passed, not yet in the systems",
                null,
                LAST_DAY));
    programme.memberships.purchase(AGENT, contoso.id(), MembershipLevel.GOLD);
  }

  @Test
  void r7_grantingTheOverrideRecordsTheCompetencyOverriddenUntilItsLastDay() {
    assertThat(history().getLast())
        .satisfies(
            c -> {
              assertThat(c.state()).isEqualTo(CompetencyState.OVERRIDDEN);
              assertThat(c.level()).isEqualTo(AttainedLevel.GOLD);
              assertThat(c.overriddenUntil()).contains(LAST_DAY);
              assertThat(c.cause().kind()).isEqualTo("override-granted");
            });
  }

  @Test
  void r7_theEndIsWarnedOfFourteenDaysBeforeTheLastDayNotFifteen() {
    scanOn(LAST_DAY.minusDays(15));
    assertThat(programme.stores.alerts.ongoing(contoso.id())).isEmpty();

    scanOn(LAST_DAY.minusDays(14));

    Alert warning = theOnlyOngoingAlert();
    assertThat(warning.kind()).isEqualTo(AlertKind.LAPSE_AHEAD);
    assertThat(warning.lapsesOn()).isEqualTo(LAST_DAY.plusDays(1));
    assertThat(warning.lapsing())
        .containsExactly("the override in cloud-platform (GOLD is granted) ends after " + LAST_DAY);
    assertThat(programme.stores.outbox.ofAlert(warning.id()))
        .extracting(m -> m.recipient().value())
        .containsExactly("ana@contoso.com", "bruno@contoso.com");
  }

  @Test
  void r7_theScanTheDayAfterTheEndRaisesTheRenewalAlertWithTheOverrideEndedCause() {
    scanOn(LAST_DAY.minusDays(14));

    ScanDaily.Outcome outcome = scanOn(LAST_DAY.plusDays(1));

    assertThat(outcome.organizations()).isEqualTo(1);
    assertThat(outcome.changed()).isEqualTo(1);
    Alert atRisk = theOnlyOngoingAlert();
    assertThat(atRisk.kind()).isEqualTo(AlertKind.RENEWAL_AT_RISK);
    assertThat(atRisk.level()).isEqualTo(MembershipLevel.GOLD);
    assertThat(atRisk.cause().kind()).isEqualTo("override-ended");
    assertThat(atRisk.cause().description())
        .isEqualTo(
            "the override in cloud-platform (GOLD is granted) ended: "
                + LAST_DAY
                + " was its last day");
    List<OutboxMessage> emails = programme.stores.outbox.ofAlert(atRisk.id());
    assertThat(emails)
        .extracting(m -> m.recipient().value())
        .containsExactly("ana@contoso.com", "bruno@contoso.com");
    assertThat(emails.getFirst().notification().details())
        .contains("Cause: " + atRisk.cause().description() + " (" + LAST_DAY.plusDays(1) + ").");
    assertThat(history())
        .extracting(
            CompetencyStateChange::state, CompetencyStateChange::level, c -> c.cause().kind())
        .containsExactly(
            tuple(CompetencyState.STARTED, AttainedLevel.NONE, "achievement-recorded"),
            tuple(CompetencyState.QUALIFIED, AttainedLevel.SILVER, "metric-reported"),
            tuple(CompetencyState.OVERRIDDEN, AttainedLevel.GOLD, "override-granted"),
            tuple(CompetencyState.AT_RISK, AttainedLevel.SILVER, "override-ended"));
  }

  @Test
  void r7_revokingTheOverrideRaisesTheRenewalAlertInTheSameUnitOfWork() {
    programme.stores.clock.set(TODAY.plusDays(3));

    overrides.revoke(AGENT, contoso.id(), gold.id(), "the exams were not passed after all");

    Alert atRisk = theOnlyOngoingAlert();
    assertThat(atRisk.kind()).isEqualTo(AlertKind.RENEWAL_AT_RISK);
    assertThat(atRisk.cause().kind()).isEqualTo("override-revoked");
    assertThat(programme.stores.outbox.ofAlert(atRisk.id())).hasSize(2);
    assertThat(history().getLast().state()).isEqualTo(CompetencyState.AT_RISK);
  }

  @Test
  void r7_theScanPassesOverOrganizationsWithoutAPaidMembershipAndNamesTimeOtherwise() {
    Organization fabrikam = organizationWithTwoAdmins("Fabrikam");

    ScanDaily.Outcome outcome = scanOn(TODAY.plusDays(1));

    assertThat(outcome.organizations()).as("the paid Contoso, not Fabrikam").isEqualTo(1);
    assertThat(history().getLast().cause().kind()).isEqualTo("override-granted");
  }

  @Test
  void r7_oneOrganizationFailingDoesNotStopTheScanAndItsChangesAreRolledBack() {
    Organization fabrikam = organizationWithTwoAdmins("Fabrikam");
    programme.exam(programme.associated(programme.person("Carla Dias"), fabrikam), "70-533", TODAY);
    reportConsumption(fabrikam, "10000.00");
    programme.memberships.purchase(AGENT, fabrikam.id(), MembershipLevel.SILVER);
    ScanDaily failing =
        programme.stores.useCases(notification -> {}, List.of(failingFor(contoso))).scanDaily();
    programme.stores.clock.set(LAST_DAY.plusDays(1));
    List<CompetencyStateChange> before = history();

    ScanDaily.Outcome outcome = failing.run(LAST_DAY.plusDays(1));

    assertThat(outcome.failed()).as("Contoso's re-evaluation").isEqualTo(1);
    assertThat(outcome.organizations()).isEqualTo(2);
    assertThat(programme.stores.alerts.ongoing(contoso.id())).isEmpty();
    assertThat(history()).isEqualTo(before);
  }

  private ScanDaily.Outcome scanOn(LocalDate day) {
    programme.stores.clock.set(day);
    return scan.run(day);
  }

  private List<CompetencyStateChange> history() {
    return programme
        .histories
        .history(AGENT, contoso.id(), Optional.of(CLOUD_PLATFORM), new PageRequest(0, 20))
        .items();
  }

  private Alert theOnlyOngoingAlert() {
    List<Alert> ongoing = programme.stores.alerts.ongoing(contoso.id());
    assertThat(ongoing).hasSize(1);
    return ongoing.getFirst();
  }

  /** An observer whose store fails when it writes for {@code organization}. */
  private static ReevaluationObserver failingFor(Organization organization) {
    return new ReevaluationObserver() {
      @Override
      public String name() {
        return "failing";
      }

      @Override
      public Kept read(List<Reevaluated> batch) {
        return reevaluated ->
            !reevaluated.organization().id().equals(organization.id())
                ? Reaction.NONE
                : new Reaction() {
                  @Override
                  public boolean changesNothing() {
                    return false;
                  }

                  @Override
                  public void apply() {
                    throw new IllegalStateException("the store is unavailable");
                  }
                };
      }
    };
  }

  private Organization organizationWithTwoAdmins(String name) {
    String slug = name.toLowerCase();
    return programme.organizations.register(
        AGENT,
        new RegisterOrganization.Command(
            name,
            new CountryCode("BR"),
            Market.DEVELOPING,
            List.of(
                new AdminContact("Ana Admin", email("ana@" + slug + ".com")),
                new AdminContact("Bruno Admin", email("bruno@" + slug + ".com")))));
  }

  private void reportConsumption(Organization organization, String usd) {
    programme.metrics.record(
        AGENT,
        organization.id(),
        new MetricReport(
            Metric.AZURE_CONSUMPTION_USD_TTM,
            new BigDecimal(usd),
            TODAY.minusYears(1),
            TODAY.minusDays(1)));
  }
}
