package org.attain.domain.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.domain.benefit.Benefits.ACTION_PACK;
import static org.attain.domain.benefit.Benefits.ADVISORY;
import static org.attain.domain.benefit.Benefits.AZURE_CREDITS;
import static org.attain.domain.benefit.Benefits.COMMUNITY;
import static org.attain.domain.benefit.Benefits.GOLD_BADGE;
import static org.attain.domain.membership.Evaluations.CONTOSO;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.membership.Evaluations;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.Memberships;
import org.attain.domain.shared.InvalidValueException;
import org.attain.domain.shared.Money;
import org.attain.domain.shared.RuleViolationException;
import org.attain.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

/** R9: benefits follow the membership level and attained competencies; one claim per term. */
class R9BenefitsTest {

  private static final LocalDate BOUGHT = LocalDate.of(2025, 3, 15);
  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
  private static final Map<CompetencyId, AttainedLevel> NOTHING = Map.of();

  private final BenefitCatalog catalog = Benefits.catalog();

  @Test
  void R9_theActionPackComesFirstAtUsd475ForAboutUsd20000OfRights() {
    BenefitOffer first = catalog.offers().getFirst();

    assertThat(first.id()).isEqualTo(ACTION_PACK);
    assertThat(first.priceIfCharged()).contains(Money.usd("475.00"));
    assertThat(first.value()).isEqualTo("about USD 20,000 of internal-use rights");
    assertThat(catalog.offer(ACTION_PACK)).contains(first);
  }

  @Test
  void R9_aNetworkMemberIsEntitledToWhatEveryMemberGets() {
    Entitlements entitlements = Entitlements.on(DAY, catalog, Membership.network(CONTOSO), NOTHING);

    assertThat(ids(entitlements)).containsExactly(COMMUNITY);
    assertThat(entitlements.level()).isEqualTo(MembershipLevel.NETWORK);
  }

  @Test
  void R9_silverBringsTheActionPackAndGoldItsOwnOffersToo() {
    Entitlements silver =
        Entitlements.on(
            DAY, catalog, Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER), NOTHING);
    Entitlements gold =
        Entitlements.on(DAY, catalog, Memberships.boughtOn(BOUGHT, MembershipLevel.GOLD), NOTHING);

    assertThat(ids(silver)).containsExactly(ACTION_PACK, COMMUNITY);
    assertThat(ids(gold)).containsExactly(ACTION_PACK, COMMUNITY, ADVISORY);
  }

  @Test
  void R9_competencyOffersNeedTheCompetencyAtTheirLevel() {
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);
    CompetencyId cloud = new CompetencyId("cloud-platform");

    assertThat(ids(Entitlements.on(DAY, catalog, silver, Map.of(cloud, AttainedLevel.SILVER))))
        .doesNotContain(AZURE_CREDITS, GOLD_BADGE);
    assertThat(ids(Entitlements.on(DAY, catalog, silver, Map.of(cloud, AttainedLevel.GOLD))))
        .contains(AZURE_CREDITS, GOLD_BADGE);
    assertThat(
            ids(
                Entitlements.on(
                    DAY, catalog, silver, Map.of(new CompetencyId("devops"), AttainedLevel.GOLD))))
        .as("Gold in any competency earns the badge, not the cloud credits")
        .contains(GOLD_BADGE)
        .doesNotContain(AZURE_CREDITS);
  }

  @Test
  void R9_theDaysEvaluationGivesTheAttainedLevels() {
    Map<CompetencyId, AttainedLevel> levels =
        Entitlements.levelsIn(
            Evaluations.of(DAY).gold("cloud-platform").silver("devops").none("crm").build());

    assertThat(levels)
        .isEqualTo(
            Map.of(
                new CompetencyId("cloud-platform"), AttainedLevel.GOLD,
                new CompetencyId("devops"), AttainedLevel.SILVER));
  }

  @Test
  void R9_anOfferCanBeClaimedOncePerTerm() {
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);
    BenefitOffer actionPack = catalog.offer(ACTION_PACK).orElseThrow();
    BenefitClaim first =
        BenefitClaims.claim(actionPack, Entitlements.on(DAY, catalog, silver, NOTHING), List.of());

    assertThat(first)
        .isEqualTo(new BenefitClaim(ACTION_PACK, CONTOSO, DAY, BOUGHT, Money.usd("475")));
    LocalDate later = DAY.plusMonths(3);
    assertThatThrownBy(
            () ->
                BenefitClaims.claim(
                    actionPack, Entitlements.on(later, catalog, silver, NOTHING), List.of(first)))
        .isInstanceOfSatisfying(
            StateConflictException.class,
            e -> assertThat(e.code()).isEqualTo("benefit-already-claimed"))
        .hasMessage("action-pack was already claimed on 2025-06-01 for the period from 2025-03-15");
  }

  @Test
  void R9_aRenewedTermCanClaimAgain() {
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);
    BenefitOffer actionPack = catalog.offer(ACTION_PACK).orElseThrow();
    BenefitClaim first =
        BenefitClaims.claim(actionPack, Entitlements.on(DAY, catalog, silver, NOTHING), List.of());
    Memberships.buy(silver, MembershipLevel.SILVER, LocalDate.of(2026, 3, 1));
    LocalDate nextTerm = LocalDate.of(2026, 3, 15);

    BenefitClaim second =
        BenefitClaims.claim(
            actionPack, Entitlements.on(nextTerm, catalog, silver, NOTHING), List.of(first));

    assertThat(second.claimPeriodStartsOn()).isEqualTo(nextTerm);
    assertThatThrownBy(
            () ->
                BenefitClaims.claim(
                    actionPack,
                    Entitlements.on(LocalDate.of(2026, 3, 14), catalog, silver, NOTHING),
                    List.of(first)))
        .as("the last day of the first term is still the first term")
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void R9_anOfferNotEntitledToCannotBeClaimed() {
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);

    assertThatThrownBy(
            () ->
                BenefitClaims.claim(
                    catalog.offer(ADVISORY).orElseThrow(),
                    Entitlements.on(DAY, catalog, silver, NOTHING),
                    List.of()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo("benefit-not-entitled"));
  }

  @Test
  void R9_aNetworkMembersClaimPeriodIsTheCalendarYear() {
    Membership network = Membership.network(CONTOSO);
    BenefitOffer community = catalog.offer(COMMUNITY).orElseThrow();
    BenefitClaim claim =
        BenefitClaims.claim(community, Entitlements.on(DAY, catalog, network, NOTHING), List.of());

    assertThat(claim.claimPeriodStartsOn()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(claim.priceIfCharged()).isEmpty();
    assertThat(
            BenefitClaims.claim(
                    community,
                    Entitlements.on(LocalDate.of(2026, 1, 1), catalog, network, NOTHING),
                    List.of(claim))
                .claimPeriodStartsOn())
        .isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void R9_theCatalogRefusesRepeatedOffersAndZeroPrices() {
    BenefitOffer actionPack = catalog.offer(ACTION_PACK).orElseThrow();

    assertThatThrownBy(() -> new BenefitCatalog(List.of(actionPack, actionPack)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("offers[1].id"));
    assertThatThrownBy(
            () ->
                new BenefitOffer(
                    new BenefitId("free"),
                    "Free",
                    "Free.",
                    MembershipLevel.NETWORK,
                    null,
                    "nothing",
                    Money.usd("0")))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("price"));
    assertThatThrownBy(() -> new BenefitId("Action Pack"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("id"));
  }

  @Test
  void R9_aGoldCompetencyMeetsAnOfferThatNeedsSilverButSilverDoesNotMeetGold() {
    CompetencyId cloud = new CompetencyId("cloud-platform");
    RequiredCompetency silverCloud = new RequiredCompetency(cloud, Level.SILVER);

    assertThat(silverCloud.metBy(Map.of(cloud, AttainedLevel.GOLD))).isTrue();
    assertThat(silverCloud.metBy(Map.of(cloud, AttainedLevel.SILVER))).isTrue();
    assertThat(silverCloud.metBy(Map.of(new CompetencyId("devops"), AttainedLevel.GOLD)))
        .as("another competency does not count for a named one")
        .isFalse();
    assertThat(RequiredCompetency.anyAt(Level.GOLD).metBy(Map.of(cloud, AttainedLevel.SILVER)))
        .isFalse();
  }

  @Test
  void R9_benefitsStayIntactInTheRenewalWindowAndEndWithIt() {
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);
    MembershipTerm term = silver.termOn(BOUGHT).orElseThrow();
    LocalDate lastDayOfWindow = term.renewalWindowEndsOn();

    Entitlements inWindow = Entitlements.on(lastDayOfWindow, catalog, silver, NOTHING);
    Entitlements after = Entitlements.on(lastDayOfWindow.plusDays(1), catalog, silver, NOTHING);

    assertThat(lastDayOfWindow).isAfter(term.endsOn());
    assertThat(ids(inWindow)).contains(ACTION_PACK);
    assertThat(inWindow.claimPeriodStartsOn()).isEqualTo(BOUGHT);
    assertThat(ids(after)).containsExactly(COMMUNITY);
    assertThat(after.level()).isEqualTo(MembershipLevel.NETWORK);
    assertThat(after.claimPeriodStartsOn())
        .isEqualTo(LocalDate.of(lastDayOfWindow.plusDays(1).getYear(), 1, 1));
  }

  @Test
  void R9_aClaimCannotBeDatedBeforeItsClaimPeriod() {
    assertThatThrownBy(
            () ->
                new BenefitClaim(
                    ACTION_PACK, CONTOSO, BOUGHT.minusDays(1), BOUGHT, Money.usd("475")))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("claimedOn"));
  }

  private static List<BenefitId> ids(Entitlements entitlements) {
    return entitlements.offers().stream().map(BenefitOffer::id).toList();
  }
}
