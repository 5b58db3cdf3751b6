package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.CloudPlatformCatalog.CLOUD_PLATFORM;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;

import java.math.BigDecimal;
import java.util.Optional;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.NotFoundException;
import org.attain.application.error.PurchaseRefusedException;
import org.attain.application.port.in.ManageMembership;
import org.attain.domain.membership.CompetencyGap;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.MembershipPurchase;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.PurchaseKind;
import org.attain.domain.membership.RefusalReason;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R4, R5 through the use case: purchases checked by the engine on stored facts. */
class ManageMembershipServiceTest {

  private final Programme programme = new Programme();
  private final Organization contoso = programme.organization("Contoso");

  @BeforeEach
  void catalogInForce() {
    programme.stores.catalogs.add(CloudPlatformCatalog.version(1, TODAY.minusYears(1)));
  }

  @Test
  void R4_aNetworkMemberWithoutASilverCompetencyIsRefusedWithTheClosestOnesAndNothingIsStored() {
    reportConsumption("10000.00");

    assertThatThrownBy(
            () -> programme.memberships.purchase(adminOf(contoso), contoso.id(), silver()))
        .isInstanceOfSatisfying(
            PurchaseRefusedException.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("membership-requirement-not-met");
              assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.REQUIREMENT_NOT_MET);
              assertThat(refused.getMessage()).contains("Silver", TODAY.toString());
              CompetencyGap closest = refused.refusal().closest().getFirst();
              assertThat(closest.competency()).isEqualTo(CLOUD_PLATFORM);
              assertThat(closest.percentComplete()).isEqualTo(50);
              assertThat(closest.shortfalls()).hasSize(1);
            });
    assertThat(programme.stores.memberships.findByOrganization(contoso.id())).isEmpty();
    assertThat(programme.stores.unitOfWork.rolledBack()).isEqualTo(1);
  }

  @Test
  void R4_silverIsBoughtOnceTheEngineSaysAPersonAndTheMetricQualify() {
    qualifyForSilver();

    ManageMembership.Status bought =
        programme.memberships.purchase(adminOf(contoso), contoso.id(), silver());

    assertThat(bought.standing().level()).isEqualTo(MembershipLevel.SILVER);
    MembershipTerm term = bought.standing().term();
    assertThat(term.startsOn()).isEqualTo(TODAY);
    assertThat(term.endsOn()).isEqualTo(TODAY.plusYears(1).minusDays(1));
    assertThat(bought.standing().daysLeft()).isEqualTo(365);
    MembershipPurchase purchase = bought.purchases().getFirst();
    assertThat(purchase.kind()).isEqualTo(PurchaseKind.NEW);
    assertThat(purchase.charged()).isEqualTo(Money.usd("1670"));
    assertThat(purchase.qualifiedBy()).containsExactly(CLOUD_PLATFORM);
    assertThat(
            programme.stores.memberships.findByOrganization(contoso.id()).orElseThrow().purchases())
        .containsExactly(purchase);
  }

  @Test
  void R5_readingTheMembershipLaterShowsItsDaysLeftAndWhyItCannotBeRenewedYet() {
    qualifyForSilver();
    programme.memberships.purchase(AGENT, contoso.id(), silver());
    programme.stores.clock.advanceDays(100);

    ManageMembership.Status status =
        programme.memberships.status(adminOf(contoso), contoso.id(), Optional.empty());

    assertThat(status.day()).isEqualTo(TODAY.plusDays(100));
    assertThat(status.standing().level()).isEqualTo(MembershipLevel.SILVER);
    assertThat(status.standing().daysLeft()).isEqualTo(265);
    assertThat(status.standing().renewal().whyNot()).contains(RefusalReason.RENEWAL_NOT_YET_OPEN);
    assertThat(
            programme
                .memberships
                .status(AGENT, contoso.id(), Optional.of(TODAY.minusDays(1)))
                .standing()
                .level())
        .as("read as of the day before it was bought")
        .isEqualTo(MembershipLevel.NETWORK);
  }

  @Test
  void R5_aRenewalBeforeItsWindowIsRefusedAndGoldNeedsAGoldCompetency() {
    qualifyForSilver();
    programme.memberships.purchase(AGENT, contoso.id(), silver());

    assertThatThrownBy(() -> programme.memberships.purchase(AGENT, contoso.id(), silver()))
        .isInstanceOfSatisfying(
            PurchaseRefusedException.class,
            refused -> assertThat(refused.code()).isEqualTo("renewal-not-yet-open"));
    assertThatThrownBy(
            () -> programme.memberships.purchase(AGENT, contoso.id(), MembershipLevel.GOLD))
        .isInstanceOfSatisfying(
            PurchaseRefusedException.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("membership-requirement-not-met");
              assertThat(refused.refusal().closest())
                  .extracting(CompetencyGap::competency)
                  .containsExactly(CLOUD_PLATFORM);
            });
    assertThat(
            programme.stores.memberships.findByOrganization(contoso.id()).orElseThrow().purchases())
        .hasSize(1);
  }

  @Test
  void aNetworkMemberReadsItsLevelWithoutATerm() {
    ManageMembership.Status status =
        programme.memberships.status(adminOf(contoso), contoso.id(), Optional.empty());

    assertThat(status.standing().level()).isEqualTo(MembershipLevel.NETWORK);
    assertThat(status.standing().currentTerm()).isEmpty();
    assertThat(status.standing().renewal().whyNot()).contains(RefusalReason.NOT_A_PAID_MEMBER);
    assertThat(status.purchases()).isEmpty();
  }

  @Test
  void onlyAgentsAndTheOrganizationsOwnAdminsBuyOrRead() {
    qualifyForSilver();
    Organization fabrikam = programme.organization("Fabrikam");

    assertThatThrownBy(
            () -> programme.memberships.purchase(adminOf(fabrikam), contoso.id(), silver()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> programme.memberships.status(adminOf(fabrikam), contoso.id(), Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(programme.stores.memberships.findByOrganization(contoso.id())).isEmpty();
  }

  @Test
  void anUnknownOrganizationIsNotFound() {
    OrganizationId unknown = OrganizationId.newId();

    assertThatThrownBy(() -> programme.memberships.purchase(AGENT, unknown, silver()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> programme.memberships.status(AGENT, unknown, Optional.empty()))
        .isInstanceOf(NotFoundException.class);
  }

  private void qualifyForSilver() {
    Person ana = programme.associated(programme.person("Ana Souza"), contoso);
    programme.exam(ana, "70-533", TODAY.minusMonths(2));
    reportConsumption("10000.00");
  }

  private void reportConsumption(String usd) {
    programme.metrics.record(
        AGENT,
        contoso.id(),
        new MetricReport(
            Metric.AZURE_CONSUMPTION_USD_TTM,
            new BigDecimal(usd),
            TODAY.minusYears(1),
            TODAY.minusDays(1)));
  }

  private static MembershipLevel silver() {
    return MembershipLevel.SILVER;
  }
}
