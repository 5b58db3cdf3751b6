package org.attain.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.domain.membership.Evaluations.CONTOSO;
import static org.attain.domain.membership.Memberships.POLICY;

import java.time.LocalDate;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.shared.Money;
import org.junit.jupiter.api.Test;

/** R5: a term lasts its year, renews at the same level on the requirement, upgrades restart it. */
class R5KeepingTheMembershipTest {

  private static final LocalDate BOUGHT = LocalDate.of(2025, 3, 15);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 14);
  private static final LocalDate RENEWAL_OPENS = LocalDate.of(2026, 2, 13);
  private static final LocalDate WINDOW_ENDS = LocalDate.of(2026, 4, 13);

  private final Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);

  @Test
  void R5_anUpgradeFromSilverToGoldStartsANewTermAt25PercentOff() {
    LocalDate upgradeDay = LocalDate.of(2025, 9, 1);

    MembershipPurchase upgrade = Memberships.buy(silver, MembershipLevel.GOLD, upgradeDay);

    assertThat(upgrade.kind()).isEqualTo(PurchaseKind.UPGRADE);
    assertThat(upgrade.term().startsOn()).isEqualTo(upgradeDay);
    assertThat(upgrade.term().endsOn()).isEqualTo(LocalDate.of(2026, 8, 31));
    assertThat(upgrade.charged()).isEqualTo(Money.usd("3945.00"));
    assertThat(silver.levelOn(upgradeDay.minusDays(1))).isEqualTo(MembershipLevel.SILVER);
    assertThat(silver.levelOn(upgradeDay)).isEqualTo(MembershipLevel.GOLD);
    assertThat(silver.levelOn(LAST_DAY.plusMonths(2)))
        .as("past Silver's window")
        .isEqualTo(MembershipLevel.GOLD);
  }

  @Test
  void R5_aRenewalsTermContinuesFromThePreviousEndNotFromTheRenewalDay() {
    MembershipPurchase early = Memberships.buy(silver, MembershipLevel.SILVER, RENEWAL_OPENS);

    assertThat(early.kind()).isEqualTo(PurchaseKind.RENEWAL);
    assertThat(early.term().startsOn()).isEqualTo(LAST_DAY.plusDays(1));
    assertThat(early.term().endsOn()).isEqualTo(LocalDate.of(2027, 3, 14));
    assertThat(early.charged()).isEqualTo(Money.usd("1670.00"));
    assertThat(silver.termOn(LAST_DAY).orElseThrow().startsOn()).isEqualTo(BOUGHT);
    assertThat(silver.termOn(LAST_DAY.plusDays(1))).contains(early.term());
  }

  @Test
  void R5_aRenewalInTheWindowAfterTheTermIsBackdatedToTheAnniversary() {
    MembershipPurchase late = Memberships.buy(silver, MembershipLevel.SILVER, WINDOW_ENDS);

    assertThat(late.term().startsOn()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(silver.levelOn(WINDOW_ENDS.plusDays(1))).isEqualTo(MembershipLevel.SILVER);
  }

  @Test
  void R5_renewingNeedsTheLevelsRequirementMetAgain() {
    Evaluation lost = Evaluations.of(RENEWAL_OPENS).none("cloud-platform").build();

    PurchaseDecision decision =
        silver.purchase(MembershipLevel.SILVER, RENEWAL_OPENS, lost, POLICY);

    assertThat(decision)
        .isInstanceOfSatisfying(
            PurchaseDecision.Refused.class,
            r -> {
              assertThat(r.reason()).isEqualTo(RefusalReason.REQUIREMENT_NOT_MET);
              assertThat(r.closest())
                  .extracting(g -> g.competency().value())
                  .containsExactly("cloud-platform");
            });
    assertThat(silver.renewalOn(RENEWAL_OPENS, lost, POLICY).whyNot())
        .contains(RefusalReason.REQUIREMENT_NOT_MET);
  }

  @Test
  void R5_renewalIsRefusedBeforeItOpens() {
    LocalDate dayBefore = RENEWAL_OPENS.minusDays(1);

    PurchaseDecision decision =
        silver.purchase(
            MembershipLevel.SILVER,
            dayBefore,
            Evaluations.of(dayBefore).silver("cloud-platform").build(),
            POLICY);

    assertThat(decision)
        .isInstanceOfSatisfying(
            PurchaseDecision.Refused.class,
            r -> {
              assertThat(r.reason()).isEqualTo(RefusalReason.RENEWAL_NOT_YET_OPEN);
              assertThat(r.detail())
                  .isEqualTo("the Silver term ending on 2026-03-14 can be renewed from 2026-02-13");
            });
  }

  @Test
  void R5_afterTheWindowTheMembershipLapsesAndANewPurchaseStartsFromTheDay() {
    LocalDate lapsed = WINDOW_ENDS.plusDays(1);
    Evaluation evaluation = Evaluations.of(lapsed).silver("cloud-platform").build();

    assertThat(silver.levelOn(WINDOW_ENDS)).isEqualTo(MembershipLevel.SILVER);
    assertThat(silver.levelOn(lapsed)).isEqualTo(MembershipLevel.NETWORK);
    assertThat(silver.termOn(lapsed)).isEmpty();
    assertThat(silver.renewalOn(lapsed, evaluation, POLICY).whyNot())
        .contains(RefusalReason.RENEWAL_WINDOW_CLOSED);

    MembershipPurchase again = Memberships.buy(silver, MembershipLevel.SILVER, lapsed);

    assertThat(again.kind()).isEqualTo(PurchaseKind.NEW);
    assertThat(again.term().startsOn()).isEqualTo(lapsed);
  }

  @Test
  void R5_aTermCanBeRenewedOnce() {
    Memberships.buy(silver, MembershipLevel.SILVER, RENEWAL_OPENS);
    LocalDate later = RENEWAL_OPENS.plusDays(5);
    Evaluation evaluation = Evaluations.of(later).silver("cloud-platform").build();

    assertThat(silver.purchase(MembershipLevel.SILVER, later, evaluation, POLICY))
        .isInstanceOfSatisfying(
            PurchaseDecision.Refused.class,
            r -> {
              assertThat(r.reason()).isEqualTo(RefusalReason.ALREADY_RENEWED);
              assertThat(r.detail()).isEqualTo("the next term, from 2026-03-15, is already bought");
            });
    assertThat(silver.renewalOn(later, evaluation, POLICY).whyNot())
        .contains(RefusalReason.ALREADY_RENEWED);
  }

  @Test
  void R5_aLowerLevelWaitsForTheRenewalDaysAndThenRenewsAtIt() {
    Membership gold = Memberships.boughtOn(BOUGHT, MembershipLevel.GOLD);
    LocalDate early = RENEWAL_OPENS.minusDays(1);

    assertThat(
            gold.purchase(
                MembershipLevel.SILVER,
                early,
                Evaluations.of(early).silver("devops").build(),
                POLICY))
        .isInstanceOfSatisfying(
            PurchaseDecision.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(RefusalReason.DOWNGRADE_BEFORE_RENEWAL));

    MembershipPurchase renewal = Memberships.buy(gold, MembershipLevel.SILVER, RENEWAL_OPENS);

    assertThat(renewal.kind()).isEqualTo(PurchaseKind.RENEWAL);
    assertThat(renewal.charged()).isEqualTo(Money.usd("1670.00"));
    assertThat(gold.levelOn(LAST_DAY)).isEqualTo(MembershipLevel.GOLD);
    assertThat(gold.levelOn(LAST_DAY.plusDays(1))).isEqualTo(MembershipLevel.SILVER);
  }

  @Test
  void R5_readingShowsLevelTermDaysLeftAndWhetherRenewalIsPossible() {
    LocalDate midTerm = LocalDate.of(2025, 9, 1);
    MembershipStatus status =
        silver.statusOn(midTerm, Evaluations.of(midTerm).silver("cloud-platform").build(), POLICY);

    assertThat(status.level()).isEqualTo(MembershipLevel.SILVER);
    assertThat(status.currentTerm().orElseThrow().endsOn()).isEqualTo(LAST_DAY);
    assertThat(status.daysLeft()).isEqualTo(195);
    assertThat(status.inRenewalWindow()).isFalse();
    assertThat(status.renewal().possible()).isFalse();
    assertThat(status.renewal().whyNot()).contains(RefusalReason.RENEWAL_NOT_YET_OPEN);
    assertThat(status.renewal().opensOn()).isEqualTo(RENEWAL_OPENS);
    assertThat(status.renewal().closesOn()).isEqualTo(WINDOW_ENDS);
  }

  @Test
  void R5_inTheRenewalWindowTheMembershipIsIntactAndRenewable() {
    LocalDate inWindow = LAST_DAY.plusDays(10);
    MembershipStatus status =
        silver.statusOn(inWindow, Evaluations.of(inWindow).gold("cloud-platform").build(), POLICY);

    assertThat(status.level()).isEqualTo(MembershipLevel.SILVER);
    assertThat(status.daysLeft()).isZero();
    assertThat(status.inRenewalWindow()).isTrue();
    assertThat(status.renewal().possible()).isTrue();
    assertThat(status.renewal().whyNot()).isEmpty();
  }

  @Test
  void R5_aNetworkMemberHasNoTermAndNothingToRenew() {
    Membership network = Membership.network(CONTOSO);
    MembershipStatus status =
        network.statusOn(BOUGHT, Evaluations.of(BOUGHT).gold("devops").build(), POLICY);

    assertThat(status.level()).isEqualTo(MembershipLevel.NETWORK);
    assertThat(status.currentTerm()).isEmpty();
    assertThat(status.daysLeft()).isZero();
    assertThat(status.renewal().whyNot()).contains(RefusalReason.NOT_A_PAID_MEMBER);
    assertThat(status.renewal().opensOn()).isNull();
  }

  @Test
  void R5_underTheCalendarYearRuleTheMembershipLapsesOn1January() {
    MembershipPolicy calendar =
        new MembershipPolicy(TermPolicy.CALENDAR_YEAR, FeeSchedule.PROGRAMME_DEFAULT);
    Membership membership = Membership.network(CONTOSO);
    membership.purchase(
        MembershipLevel.SILVER, BOUGHT, Evaluations.of(BOUGHT).silver("devops").build(), calendar);
    LocalDate newYear = LocalDate.of(2026, 1, 1);

    assertThat(membership.levelOn(LocalDate.of(2025, 12, 31))).isEqualTo(MembershipLevel.SILVER);
    assertThat(membership.levelOn(newYear)).isEqualTo(MembershipLevel.NETWORK);

    LocalDate december = LocalDate.of(2025, 12, 2);
    PurchaseDecision renewal =
        membership.purchase(
            MembershipLevel.SILVER,
            december,
            Evaluations.of(december).silver("devops").build(),
            calendar);

    assertThat(renewal)
        .isInstanceOfSatisfying(
            PurchaseDecision.Approved.class,
            a -> {
              assertThat(a.purchase().term().startsOn()).isEqualTo(newYear);
              assertThat(a.purchase().term().endsOn()).isEqualTo(LocalDate.of(2026, 12, 31));
            });
    assertThat(membership.levelOn(newYear)).isEqualTo(MembershipLevel.SILVER);
  }

  @Test
  void R5_aGoldMembershipNeedsGoldAgainToRenewAtGold() {
    Membership gold = Memberships.boughtOn(BOUGHT, MembershipLevel.GOLD);
    Evaluation silverOnly = Evaluations.of(RENEWAL_OPENS).silver("cloud-platform").build();

    assertThat(gold.purchase(MembershipLevel.GOLD, RENEWAL_OPENS, silverOnly, POLICY))
        .isInstanceOfSatisfying(
            PurchaseDecision.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(RefusalReason.REQUIREMENT_NOT_MET));
    assertThat(gold.purchases()).hasSize(1);
  }
}
