package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;
import static org.attain.application.service.Programme.self;

import java.math.BigDecimal;
import java.util.List;
import org.attain.application.port.in.ManageCatalog;
import org.attain.application.reevaluation.Reevaluated;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.AssociationEnd;
import org.attain.domain.person.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R6: every change that may raise or lower what an organization attains evaluates again the
 * organizations it touched, and only those, inside the change's unit of work.
 */
class ReevaluationsTest {

  private final Programme programme = new Programme();
  private final Organization contoso = programme.organization("Contoso");
  private final Organization fabrikam = programme.organization("Fabrikam");
  private Person ana;

  @BeforeEach
  void catalogInForceAndAnaRegistered() {
    programme.stores.catalogs.add(CloudPlatformCatalog.version(1, TODAY.minusYears(1)));
    ana = programme.person("Ana Souza");
  }

  @Test
  void R6_aPersonJoiningReevaluatesTheOrganizationTheyJoined() {
    programme.associated(ana, contoso);

    assertThat(causes())
        .containsExactly(
            new Told(contoso.id(), new ChangeCause.PersonJoined(ana.id(), "Ana Souza")));
    Reevaluated first = programme.reevaluated.getFirst();
    assertThat(first.evaluation().date()).isEqualTo(TODAY);
    assertThat(first.evaluation().organization()).isEqualTo(contoso.id());
    assertThat(first.membership().levelOn(TODAY)).isEqualTo(MembershipLevel.NETWORK);
    assertThat(first.catalog().version()).isEqualTo(1);
  }

  @Test
  void R6_aMoveReevaluatesTheOrganizationLeftThenTheOneJoined() {
    programme.associated(ana, contoso);
    programme.stores.clock.advanceDays(31);
    programme.reevaluated.clear();

    programme.associated(ana, fabrikam);

    assertThat(causes())
        .containsExactly(
            new Told(
                contoso.id(),
                new ChangeCause.PersonLeft(ana.id(), "Ana Souza", AssociationEnd.MOVED)),
            new Told(fabrikam.id(), new ChangeCause.PersonJoined(ana.id(), "Ana Souza")));
  }

  @Test
  void R6_leavingAndBeingRemovedByAnAdminReevaluateTheOrganization() {
    programme.associated(ana, contoso);
    programme.reevaluated.clear();
    programme.associations.leave(self(ana), ana.id());
    Person bruno = programme.associated(programme.person("Bruno Lima"), contoso);
    programme.associations.remove(adminOf(contoso), contoso.id(), bruno.id());

    assertThat(causes())
        .containsExactly(
            new Told(
                contoso.id(),
                new ChangeCause.PersonLeft(ana.id(), "Ana Souza", AssociationEnd.LEFT)),
            new Told(contoso.id(), new ChangeCause.PersonJoined(bruno.id(), "Bruno Lima")),
            new Told(
                contoso.id(),
                new ChangeCause.PersonLeft(
                    bruno.id(), "Bruno Lima", AssociationEnd.REMOVED_BY_ADMIN)));
  }

  @Test
  void R6_anAchievementReevaluatesOnlyTheOrganizationThePersonCountsForToday() {
    Person loner = programme.person("Lia Lone");
    programme.exam(loner, "70-533", TODAY.minusDays(3));
    programme.associated(ana, contoso);
    programme.reevaluated.clear();

    programme.exam(ana, "70-533", TODAY.minusDays(2));

    assertThat(causes())
        .containsExactly(
            new Told(
                contoso.id(),
                new ChangeCause.AchievementRecorded(
                    ana.id(), "Ana Souza", new AchievementCode("70-533"))));
  }

  @Test
  void R6_aMetricReportAndAPurchaseReevaluateTheOrganization() {
    programme.associated(ana, contoso);
    programme.exam(ana, "70-533", TODAY.minusDays(2));
    programme.reevaluated.clear();

    programme.metrics.record(AGENT, contoso.id(), consumption());
    programme.memberships.purchase(adminOf(contoso), contoso.id(), MembershipLevel.SILVER);

    assertThat(causes())
        .containsExactly(
            new Told(
                contoso.id(), new ChangeCause.MetricReported(Metric.AZURE_CONSUMPTION_USD_TTM)),
            new Told(contoso.id(), new ChangeCause.MembershipPurchased(MembershipLevel.SILVER)));
    assertThat(programme.reevaluated.getLast().membership().levelOn(TODAY))
        .as("the purchase is saved before the re-evaluation")
        .isEqualTo(MembershipLevel.SILVER);
  }

  @Test
  void R6_aCatalogInForceTodayReevaluatesThePaidMembersItChangesAndALaterOneNobody() {
    programme.associated(ana, contoso);
    programme.exam(ana, "70-533", TODAY.minusDays(2));
    programme.metrics.record(AGENT, contoso.id(), consumption());
    programme.memberships.purchase(adminOf(contoso), contoso.id(), MembershipLevel.SILVER);
    programme.reevaluated.clear();

    programme.catalogs.publish(AGENT, change(TODAY, 1));
    assertThat(causes()).as("the same requirements change nothing for Contoso").isEmpty();

    programme.catalogs.publish(AGENT, change(TODAY.plusDays(5), 2));
    assertThat(causes()).as("a version in force later changes nothing today").isEmpty();
  }

  @Test
  void R6_aCatalogInForceTodayThatChangesAPaidMembersLevelReevaluatesIt() {
    programme.associated(ana, contoso);
    programme.exam(ana, "70-533", TODAY.minusDays(2));
    programme.metrics.record(AGENT, contoso.id(), consumption());
    programme.memberships.purchase(adminOf(contoso), contoso.id(), MembershipLevel.SILVER);
    programme.reevaluated.clear();

    programme.catalogs.publish(AGENT, change(TODAY, 2));

    assertThat(causes())
        .containsExactly(new Told(contoso.id(), new ChangeCause.CatalogChanged(2, TODAY)));
    assertThat(programme.reevaluated.getFirst().catalog().version()).isEqualTo(2);
    assertThat(programme.stores.alerts.ongoing(contoso.id()))
        .as("Silver now needs two persons: the renewal is at risk")
        .hasSize(1);
  }

  @Test
  void R6_withoutACatalogInForceNothingIsReevaluatedAndTheChangeStillHappens() {
    Programme bare = new Programme();
    Organization northwind = bare.organization("Northwind");
    Person bia = bare.person("Bia Reis");

    bare.associated(bia, northwind);

    assertThat(bare.reevaluated).isEmpty();
    assertThat(bare.stores.persons.findById(bia.id()).orElseThrow().currentOrganization())
        .contains(northwind.id());
  }

  private record Told(OrganizationId organization, ChangeCause cause) {}

  private List<Told> causes() {
    return programme.reevaluated.stream()
        .map(r -> new Told(r.organization().id(), r.cause()))
        .toList();
  }

  private static ManageCatalog.Change change(java.time.LocalDate effectiveFrom, int silverPersons) {
    return new ManageCatalog.Change(
        effectiveFrom,
        List.of(),
        List.of(CloudPlatformCatalog.cloudPlatformWithSilverFor(silverPersons)));
  }

  private static MetricReport consumption() {
    return new MetricReport(
        Metric.AZURE_CONSUMPTION_USD_TTM,
        new BigDecimal("10000.00"),
        TODAY.minusYears(1),
        TODAY.minusDays(1));
  }
}
