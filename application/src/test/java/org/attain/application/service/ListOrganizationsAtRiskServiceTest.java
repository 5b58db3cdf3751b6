package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;
import static org.attain.application.service.Programme.self;

import java.math.BigDecimal;
import java.util.List;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.ListOrganizationsAtRisk;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.OrganizationAtRisk;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, the agents' view through the programme's own use cases: Contoso and Northwind rest on
 * one person (the pipeline raised their warnings), Tailspin and Fabrikam on two. Contoso and
 * Tailspin bought 20 days before the others, so their terms have 345 days left and the others' 365.
 */
class ListOrganizationsAtRiskServiceTest {

  private final Programme programme = new Programme();
  private final ListOrganizationsAtRisk atRisk = programme.useCases.listOrganizationsAtRisk();
  private Organization contoso;
  private Organization tailspin;
  private Organization northwind;
  private Organization fabrikam;

  @BeforeEach
  void fourSilverMembersBoughtTwentyDaysApart() {
    programme.stores.catalogs.add(CloudPlatformCatalog.version(1, TODAY.minusYears(1)));
    contoso = silverMemberWithHolders("Contoso", 1);
    tailspin = silverMemberWithHolders("Tailspin", 2);
    programme.stores.clock.advanceDays(20);
    northwind = silverMemberWithHolders("Northwind", 1);
    fabrikam = silverMemberWithHolders("Fabrikam", 2);
  }

  @Test
  void restingOnOnePersonAndLapsingComesFirstThenLapsingThenRestingOnOnePerson() {
    Page<OrganizationAtRisk> page = atRisk.list(AGENT, 350, new PageRequest(0, 20));

    assertThat(page.items())
        .extracting(OrganizationAtRisk::organization)
        .containsExactly(contoso.id(), tailspin.id(), northwind.id());
    assertThat(page.total()).isEqualTo(3);
    OrganizationAtRisk first = page.items().getFirst();
    assertThat(first.name()).isEqualTo("Contoso");
    assertThat(first.level()).isEqualTo(MembershipLevel.SILVER);
    assertThat(first.daysLeft()).isEqualTo(345);
    assertThat(first.termEndsOn()).isEqualTo(TODAY.plusYears(1).minusDays(1));
    assertThat(first.lapsing()).isTrue();
    assertThat(first.restsOnOnePersonSince()).contains(TODAY);
    assertThat(first.ongoingAlerts())
        .extracting(OrganizationAtRisk.OngoingAlert::kind)
        .containsExactly(AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON);
  }

  @Test
  void aTermLapsingAfterTheHorizonIsListedOnlyIfItRestsOnOnePerson() {
    List<OrganizationId> listed =
        atRisk.list(AGENT, 344, new PageRequest(0, 20)).items().stream()
            .map(OrganizationAtRisk::organization)
            .toList();

    assertThat(listed).containsExactly(contoso.id(), northwind.id());
  }

  @Test
  void pagesFollowOneAnotherAndEachSaysTheTotal() {
    Page<OrganizationAtRisk> first = atRisk.list(AGENT, 350, new PageRequest(0, 2));
    Page<OrganizationAtRisk> second = atRisk.list(AGENT, 350, new PageRequest(1, 2));

    assertThat(first.items())
        .extracting(OrganizationAtRisk::organization)
        .containsExactly(contoso.id(), tailspin.id());
    assertThat(second.items())
        .extracting(OrganizationAtRisk::organization)
        .containsExactly(northwind.id());
    assertThat(first.total()).isEqualTo(3);
    assertThat(second.total()).isEqualTo(3);
  }

  @Test
  void aKeyPersonJoinedByASecondHolderLeavesTheList() {
    Person second = programme.associated(programme.person("Rui Costa"), northwind);
    programme.exam(second, "70-533", TODAY.minusMonths(1));

    assertThat(atRisk.list(AGENT, 0, new PageRequest(0, 20)).items())
        .extracting(OrganizationAtRisk::organization)
        .containsExactly(contoso.id())
        .doesNotContain(fabrikam.id());
  }

  @Test
  void onlyAgentsListOrganizationsAtRisk() {
    Person ana = programme.person("Ana Lima");

    assertThatThrownBy(() -> atRisk.list(adminOf(contoso), 30, new PageRequest(0, 20)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> atRisk.list(self(ana), 30, new PageRequest(0, 20)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theHorizonIsAtMostAYearAndADay() {
    assertThat(atRisk.list(AGENT, 366, new PageRequest(0, 20)).total()).isEqualTo(4);
    assertThatThrownBy(() -> atRisk.list(AGENT, 367, new PageRequest(0, 20)))
        .isInstanceOf(InvalidValueException.class);
  }

  /** A Silver member today whose Cloud Platform rests on {@code holders} holders of 70-533. */
  private Organization silverMemberWithHolders(String name, int holders) {
    Organization organization = programme.organization(name);
    for (int i = 0; i < holders; i++) {
      Person holder =
          programme.associated(
              programme.person(List.of("Ana", "Rui").get(i) + " of " + name), organization);
      programme.exam(holder, "70-533", TODAY.minusMonths(2));
    }
    programme.metrics.record(
        AGENT,
        organization.id(),
        new MetricReport(
            Metric.AZURE_CONSUMPTION_USD_TTM,
            new BigDecimal("10000.00"),
            TODAY.minusYears(1),
            TODAY.minusDays(1)));
    programme.memberships.purchase(AGENT, organization.id(), MembershipLevel.SILVER);
    return organization;
  }
}
