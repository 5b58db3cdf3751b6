package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.CloudPlatformCatalog.CLOUD_PLATFORM;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;
import static org.attain.application.service.Programme.email;
import static org.attain.application.service.Programme.self;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.ManageCatalog;
import org.attain.application.port.in.RecordAchievement;
import org.attain.application.port.in.RegisterOrganization;
import org.attain.application.port.out.OutboxMessage;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.catalog.Threshold;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.person.AssociationEnd;
import org.attain.domain.person.Person;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertStatus;
import org.attain.domain.risk.CompetencyState;
import org.attain.domain.risk.CompetencyStateChange;
import org.attain.domain.risk.Warnings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R6 through the watch: each change of issue 5 that makes a Silver organization lose the level it
 * rests on raises one alert and one email per admin in the change's unit of work.
 */
class R6RenewalRiskWatchTest {

  private static final String HEADLINE =
      "A recent change to your competency achievement has put your membership renewal eligibility"
          + " at risk.";

  private final Programme programme = new Programme();
  private final Reevaluate reevaluate = new Reevaluate(programme);
  private final Organization contoso = organizationWithTwoAdmins("Contoso");
  private Person ana;

  @BeforeEach
  void aSilverMemberCarriedByAnaAlone() {
    programme.stores.catalogs.add(CloudPlatformCatalog.version(1, TODAY.minusYears(1)));
    ana = programme.associated(programme.person("Ana Souza"), contoso);
    programme.exam(ana, "70-533", TODAY.minusMonths(2));
    reportConsumption("10000.00", TODAY);
    // Contoso rests on Ana alone: these tests are about renewal risk, not the key-person warning.
    programme.useCases.manageWarnings().change(AGENT, contoso.id(), new Warnings(false));
    programme.memberships.purchase(AGENT, contoso.id(), MembershipLevel.SILVER);
    reevaluate.after(new ChangeCause.MembershipPurchased(MembershipLevel.SILVER), contoso.id());
    programme.stores.clock.advanceDays(31);
  }

  @Test
  void r6_aCountedPersonLeavingPutsRenewalAtRiskAndMailsEachAdminOnce() {
    programme.associations.leave(self(ana), ana.id());

    reevaluate.after(leftBy(ana, AssociationEnd.LEFT), contoso.id());

    Alert alert = theOnlyAlertOf(contoso);
    assertThat(alert.kind()).isEqualTo(AlertKind.RENEWAL_AT_RISK);
    assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
    assertThat(alert.cause().description()).isEqualTo("Ana Souza left the organization");
    assertThat(alert.nowShort())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.competency()).isEqualTo(CLOUD_PLATFORM);
              assertThat(s.missing()).containsExactly("1 more person holding 70-532 or 70-533");
            });
    List<OutboxMessage> emails = programme.stores.outbox.ofAlert(alert.id());
    assertThat(emails)
        .extracting(m -> m.recipient().value())
        .containsExactly("ana@contoso.com", "bruno@contoso.com");
    assertThat(emails.getFirst().notification().headline()).isEqualTo(HEADLINE);
    assertThat(emails.getFirst().notification().subject()).contains("Silver", "Contoso");
    assertThat(emails.getFirst().notification().details())
        .contains("Cause: Ana Souza left the organization (" + today() + ").")
        .anySatisfy(d -> assertThat(d).startsWith("Now short: cloud-platform at SILVER"))
        .contains("What would restore eligibility (any one of):");
    assertThat(stateOf(CLOUD_PLATFORM)).isEqualTo(CompetencyState.AT_RISK);
  }

  @Test
  void r6_aMoveReevaluatesBothOrganizationsAndOnlyTheOldOneIsAtRisk() {
    Organization fabrikam = programme.organization("Fabrikam");
    programme.associated(ana, fabrikam);

    reevaluate.after(leftBy(ana, AssociationEnd.MOVED), contoso.id());
    reevaluate.after(new ChangeCause.PersonJoined(ana.id(), ana.name()), fabrikam.id());

    assertThat(theOnlyAlertOf(contoso).cause().description())
        .isEqualTo("Ana Souza moved to another organization");
    assertThat(programme.stores.alerts.of(fabrikam.id(), page()).items()).isEmpty();
    assertThat(programme.histories.history(AGENT, fabrikam.id(), Optional.empty(), page()).items())
        .extracting(CompetencyStateChange::state)
        .containsExactly(CompetencyState.STARTED);
  }

  @Test
  void r6_anAdminRemovingACountedPersonPutsRenewalAtRisk() {
    programme.associations.remove(adminOf(contoso), contoso.id(), ana.id());

    reevaluate.after(leftBy(ana, AssociationEnd.REMOVED_BY_ADMIN), contoso.id());

    assertThat(theOnlyAlertOf(contoso).cause().kind()).isEqualTo("person-left");
    assertThat(theOnlyAlertOf(contoso).cause().description()).contains("removed by an admin");
  }

  @Test
  void r6_anExpiryIsWarnedOfAheadAndPutsRenewalAtRiskTheDayTheDailyScanFindsIt() {
    Person bruno = programme.associated(programme.person("Bruno Lima"), contoso);
    LocalDate expires = today().plusDays(20);
    record(bruno, "70-532", expires, null);
    programme.associations.leave(self(ana), ana.id());

    reevaluate.after(leftBy(ana, AssociationEnd.LEFT), contoso.id());
    Alert warning = theOnlyAlertOf(contoso);
    programme.stores.clock.set(expires.plusDays(1));
    reevaluate.after(new ChangeCause.TimePassed(today()), contoso.id());

    assertThat(warning.kind()).isEqualTo(AlertKind.LAPSE_AHEAD);
    assertThat(warning.lapsesOn()).isEqualTo(expires.plusDays(1));
    assertThat(programme.stores.outbox.ofAlert(warning.id())).hasSize(2);
    List<Alert> alerts = programme.stores.alerts.of(contoso.id(), page()).items();
    assertThat(alerts)
        .extracting(Alert::kind, Alert::ongoing)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AlertKind.RENEWAL_AT_RISK, true),
            org.assertj.core.groups.Tuple.tuple(AlertKind.LAPSE_AHEAD, false));
    assertThat(alerts.getFirst().cause().kind()).isEqualTo("time-passed");
  }

  @Test
  void r6_anEndOfCreditFoundByTheDailyScanPutsRenewalAtRisk() {
    Person bruno = programme.associated(programme.person("Bruno Lima"), contoso);
    record(bruno, "70-532", null, today().plusDays(3));
    programme.associations.leave(self(ana), ana.id());
    reevaluate.after(leftBy(ana, AssociationEnd.LEFT), contoso.id());
    programme.stores.clock.advanceDays(4);

    reevaluate.after(new ChangeCause.TimePassed(today()), contoso.id());

    assertThat(programme.stores.alerts.ongoing(contoso.id()))
        .extracting(Alert::kind)
        .containsExactly(AlertKind.RENEWAL_AT_RISK);
  }

  @Test
  void r6_aMetricDropPutsRenewalAtRiskAndSaysByHowMuch() {
    reportConsumption("7500.00", today());

    reevaluate.after(
        new ChangeCause.MetricReported(Metric.AZURE_CONSUMPTION_USD_TTM), contoso.id());

    assertThat(theOnlyAlertOf(contoso).nowShort().getFirst().missing())
        .containsExactly("2500.00 more of AZURE_CONSUMPTION_USD_TTM (7500.00 of 10000)");
  }

  @Test
  void r6_aCatalogChangeThatRaisesTheBarPutsRenewalAtRisk() {
    programme.catalogs.publish(
        AGENT,
        new ManageCatalog.Change(today(), List.of(), List.of(cloudPlatformNeedingTwoPersons())));

    reevaluate.after(new ChangeCause.CatalogChanged(2, today()), contoso.id());

    assertThat(theOnlyAlertOf(contoso).cause().kind()).isEqualTo("catalog-changed");
  }

  @Test
  void r6_aChangeThatLeavesTheLevelMetRaisesNothing() {
    Person bruno = programme.associated(programme.person("Bruno Lima"), contoso);
    programme.exam(bruno, "70-532", today().minusDays(1));
    programme.associations.leave(self(ana), ana.id());

    reevaluate.after(leftBy(ana, AssociationEnd.LEFT), contoso.id());

    assertThat(programme.stores.alerts.of(contoso.id(), page()).items()).isEmpty();
    assertThat(programme.stores.outbox.all()).isEmpty();
    assertThat(stateOf(CLOUD_PLATFORM)).isEqualTo(CompetencyState.ACTIVE);
  }

  @Test
  void r6_anOrganizationWithoutAPaidMembershipGetsNoAlertButItsHistoryIsKept() {
    Organization fabrikam = programme.organization("Fabrikam");
    Person carla = programme.associated(programme.person("Carla Dias"), fabrikam);
    programme.exam(carla, "70-533", today().minusDays(1));
    reportConsumption(fabrikam, "10000.00", today());
    reevaluate.after(new ChangeCause.PersonJoined(carla.id(), carla.name()), fabrikam.id());
    programme.stores.clock.advanceDays(31);
    programme.associations.leave(self(carla), carla.id());

    reevaluate.after(leftBy(carla, AssociationEnd.LEFT), fabrikam.id());

    assertThat(programme.stores.alerts.of(fabrikam.id(), page()).items()).isEmpty();
    assertThat(programme.stores.outbox.all()).isEmpty();
    assertThat(
            programme
                .histories
                .history(adminOf(fabrikam), fabrikam.id(), Optional.of(CLOUD_PLATFORM), page())
                .items())
        .extracting(CompetencyStateChange::state, c -> c.cause().kind())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CompetencyState.STARTED, "achievement-recorded"),
            org.assertj.core.groups.Tuple.tuple(CompetencyState.QUALIFIED, "metric-reported"),
            org.assertj.core.groups.Tuple.tuple(CompetencyState.EXPIRED, "person-left"));
  }

  @Test
  void r6_theWatchRunningTwiceForTheSameSituationMailsEachAdminOncePerAlert() {
    programme.associations.leave(self(ana), ana.id());

    reevaluate.after(leftBy(ana, AssociationEnd.LEFT), contoso.id());
    reevaluate.after(leftBy(ana, AssociationEnd.LEFT), contoso.id());
    reevaluate.after(new ChangeCause.TimePassed(today()), contoso.id());

    assertThat(programme.stores.alerts.of(contoso.id(), page()).items()).hasSize(1);
    assertThat(programme.stores.outbox.all()).hasSize(2);
    assertThat(
            programme
                .histories
                .history(AGENT, contoso.id(), Optional.of(CLOUD_PLATFORM), page())
                .items())
        .extracting(CompetencyStateChange::state)
        .as("the changes that made Contoso a member, then the loss, recorded once")
        .containsExactly(
            CompetencyState.STARTED,
            CompetencyState.QUALIFIED,
            CompetencyState.ACTIVE,
            CompetencyState.AT_RISK);
  }

  @Test
  void r6_recoveringEndsTheSituationAndALaterLossRaisesAFreshAlert() {
    programme.associations.leave(self(ana), ana.id());
    reevaluate.after(leftBy(ana, AssociationEnd.LEFT), contoso.id());
    Person bruno = programme.associated(programme.person("Bruno Lima"), contoso);
    programme.exam(bruno, "70-532", today().minusDays(1));
    reevaluate.after(new ChangeCause.PersonJoined(bruno.id(), bruno.name()), contoso.id());
    programme.stores.clock.advanceDays(31);
    programme.associations.leave(self(bruno), bruno.id());

    reevaluate.after(leftBy(bruno, AssociationEnd.LEFT), contoso.id());

    List<Alert> alerts = programme.stores.alerts.of(contoso.id(), page()).items();
    assertThat(alerts).extracting(Alert::ongoing).containsExactly(true, false);
    assertThat(alerts.getFirst().cause().description())
        .isEqualTo("Bruno Lima left the organization");
    assertThat(programme.stores.outbox.all()).hasSize(4);
  }

  @Test
  void r6_whenTheChangeFailsTheAlertAndItsEmailsAreRolledBackWithIt() {
    assertThatThrownBy(
            () ->
                programme.stores.unitOfWork.run(
                    () -> {
                      programme.associations.leave(self(ana), ana.id());
                      throw new IllegalStateException("the change failed after the watch ran");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(programme.stores.alerts.of(contoso.id(), page()).items()).isEmpty();
    assertThat(programme.stores.outbox.all()).isEmpty();
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

  private Alert theOnlyAlertOf(Organization organization) {
    return programme.alerts.list(adminOf(organization), organization.id(), page()).items().stream()
        .reduce(
            (a, b) -> {
              throw new AssertionError("more than one alert");
            })
        .orElseThrow(() -> new AssertionError("no alert"));
  }

  private CompetencyState stateOf(org.attain.domain.catalog.CompetencyId competency) {
    return programme.stores.histories.latest(contoso.id()).get(competency).state();
  }

  private void record(Person holder, String code, LocalDate expiresOn, LocalDate creditEndsOn) {
    programme.achievements.record(
        AGENT,
        new RecordAchievement.Command(
            holder.id(),
            AchievementKind.CERTIFICATION,
            new AchievementCode(code),
            today().minusDays(1),
            expiresOn,
            creditEndsOn));
  }

  private void reportConsumption(String usd, LocalDate day) {
    reportConsumption(contoso, usd, day);
  }

  private void reportConsumption(Organization organization, String usd, LocalDate day) {
    programme.metrics.record(
        AGENT,
        organization.id(),
        new MetricReport(
            Metric.AZURE_CONSUMPTION_USD_TTM,
            new BigDecimal(usd),
            day.minusYears(1),
            day.minusDays(1)));
  }

  private static Competency cloudPlatformNeedingTwoPersons() {
    Competency v1 = CloudPlatformCatalog.cloudPlatform();
    return new Competency(
        v1.id(),
        v1.name(),
        AttainmentPath.CLOUD_PLATFORM,
        new LevelRequirement(
            new RequirementOption(
                "Azure consumption",
                new Performance(Metric.AZURE_CONSUMPTION_USD_TTM, Threshold.of(15_000, 10_000)),
                new CertifiedIndividuals(2, Qualification.anyOf("70-532", "70-533")))),
        v1.gold());
  }

  private static ChangeCause leftBy(Person person, AssociationEnd how) {
    return new ChangeCause.PersonLeft(person.id(), person.name(), how);
  }

  private LocalDate today() {
    return programme.stores.clock.today();
  }

  private static PageRequest page() {
    return new PageRequest(0, 20);
  }
}
