package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ProgrammeBenefits.ACTION_PACK;
import static org.attain.application.contract.ProgrammeBenefits.AZURE_CREDITS;
import static org.attain.application.contract.ProgrammeBenefits.GOLD_COMPETENCIES_SHOWN;
import static org.attain.application.contract.ProgrammeBenefits.MARKETING_PROFILE;
import static org.attain.application.contract.ProgrammeBenefits.SILVER_COMPETENCIES_SHOWN;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.NotFoundException;
import org.attain.application.port.in.ManageBenefits;
import org.attain.domain.benefit.BenefitClaim;
import org.attain.domain.benefit.BenefitId;
import org.attain.domain.benefit.BenefitOffer;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.shared.Money;
import org.attain.domain.shared.RuleViolationException;
import org.attain.domain.shared.StateConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R9 through the use case: entitlements from the stored membership and the day's evaluation. */
class ManageBenefitsServiceTest {

  private final Programme programme = new Programme();
  private final Organization contoso = programme.organization("Contoso");

  @BeforeEach
  void catalogInForce() {
    programme.stores.catalogs.add(CloudPlatformCatalog.version(1, TODAY.minusYears(1)));
  }

  @Test
  void R9_theCatalogIsPublicAndStartsWithTheActionPack() {
    assertThat(programme.benefits.catalog().offers().getFirst().id()).isEqualTo(ACTION_PACK);
  }

  @Test
  void R9_aNetworkMemberIsEntitledToTheNetworkOffersOnlyWithTheCalendarYearAsItsPeriod() {
    qualifyForSilver();

    ManageBenefits.Entitled entitled = programme.benefits.entitlements(adminOf(contoso), id());

    assertThat(entitled.level()).isEqualTo(MembershipLevel.NETWORK);
    assertThat(entitled.claimPeriodStartsOn()).isEqualTo(LocalDate.of(TODAY.getYear(), 1, 1));
    assertThat(offers(entitled))
        .as("a Silver competency alone does not bring the paid members' offers")
        .containsExactly(MARKETING_PROFILE);
  }

  @Test
  void R9_silverBringsTheActionPackAndTheOffersOfTheCompetenciesAttainedToday() {
    qualifyForSilver();
    programme.memberships.purchase(adminOf(contoso), id(), MembershipLevel.SILVER);

    ManageBenefits.Entitled entitled = programme.benefits.entitlements(adminOf(contoso), id());

    assertThat(entitled.level()).isEqualTo(MembershipLevel.SILVER);
    assertThat(entitled.claimPeriodStartsOn()).isEqualTo(TODAY);
    assertThat(offers(entitled))
        .containsExactly(ACTION_PACK, MARKETING_PROFILE, SILVER_COMPETENCIES_SHOWN, AZURE_CREDITS)
        .doesNotContain(GOLD_COMPETENCIES_SHOWN);
    assertThat(entitled.offers()).noneMatch(ManageBenefits.EntitledOffer::claimed);
  }

  @Test
  void R9_anOfferIsClaimedOncePerTermWithItsPriceAndShownAsClaimed() {
    qualifyForSilver();
    programme.memberships.purchase(adminOf(contoso), id(), MembershipLevel.SILVER);

    BenefitClaim claim = programme.benefits.claim(adminOf(contoso), id(), ACTION_PACK);
    programme.stores.clock.advance(Period.ofMonths(2));

    assertThat(claim)
        .isEqualTo(new BenefitClaim(ACTION_PACK, id(), TODAY, TODAY, Money.usd("475")));
    assertThatThrownBy(() -> programme.benefits.claim(AGENT, id(), ACTION_PACK))
        .isInstanceOfSatisfying(
            StateConflictException.class,
            e -> assertThat(e.code()).isEqualTo("benefit-already-claimed"));
    assertThat(programme.benefits.entitlements(AGENT, id()).offers())
        .filteredOn(ManageBenefits.EntitledOffer::claimed)
        .singleElement()
        .satisfies(o -> assertThat(o.claim()).contains(claim));
    assertThat(programme.benefits.claims(adminOf(contoso), id())).containsExactly(claim);
  }

  @Test
  void R9_anOfferNotEntitledToIsRefusedAndAnUnknownOneIsNotFound() {
    assertThatThrownBy(() -> programme.benefits.claim(adminOf(contoso), id(), ACTION_PACK))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo("benefit-not-entitled"));
    assertThatThrownBy(
            () -> programme.benefits.claim(adminOf(contoso), id(), new BenefitId("no-such-offer")))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("benefit-not-found"));
    assertThat(programme.stores.claimedBenefits.ofOrganization(id())).isEmpty();
  }

  @Test
  void R9_anotherOrganizationsAdminNeitherReadsNorClaimsWhileAgentsReadAll() {
    Organization fabrikam = programme.organization("Fabrikam");

    assertThatThrownBy(() -> programme.benefits.entitlements(adminOf(fabrikam), id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> programme.benefits.claim(adminOf(fabrikam), id(), MARKETING_PROFILE))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> programme.benefits.claims(adminOf(fabrikam), id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(programme.benefits.claims(AGENT, id())).isEmpty();
    assertThat(offers(programme.benefits.entitlements(AGENT, id())))
        .containsExactly(MARKETING_PROFILE);
  }

  @Test
  void anUnknownOrganizationIsNotFound() {
    OrganizationId unknown = OrganizationId.newId();

    assertThatThrownBy(() -> programme.benefits.entitlements(AGENT, unknown))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> programme.benefits.claims(AGENT, unknown))
        .isInstanceOf(NotFoundException.class);
  }

  private OrganizationId id() {
    return contoso.id();
  }

  private static java.util.List<BenefitId> offers(ManageBenefits.Entitled entitled) {
    return entitled.offers().stream()
        .map(ManageBenefits.EntitledOffer::offer)
        .map(BenefitOffer::id)
        .toList();
  }

  private void qualifyForSilver() {
    Person ana = programme.associated(programme.person("Ana Souza"), contoso);
    programme.exam(ana, "70-533", TODAY.minusMonths(2));
    programme.metrics.record(
        AGENT,
        id(),
        new MetricReport(
            Metric.AZURE_CONSUMPTION_USD_TTM,
            new BigDecimal("10000.00"),
            TODAY.minusYears(1),
            TODAY.minusDays(1)));
  }
}
