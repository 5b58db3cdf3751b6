package org.attain.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.attain.domain.membership.Evaluations.CONTOSO;
import static org.attain.domain.membership.Evaluations.level;
import static org.attain.domain.membership.Evaluations.option;
import static org.attain.domain.membership.Evaluations.persons;
import static org.attain.domain.membership.Memberships.POLICY;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.InvalidValueException;
import org.attain.domain.shared.Money;
import org.attain.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** R4: Silver needs a competency at Silver or Gold, Gold one at Gold; a refusal says why. */
class R4MembershipPurchaseTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 15);

  private final Membership membership = Membership.network(CONTOSO);

  @Test
  void R4_aNewOrganizationIsANetworkMemberWithoutATerm() {
    assertThat(membership.levelOn(DAY)).isEqualTo(MembershipLevel.NETWORK);
    assertThat(membership.termOn(DAY)).isEmpty();
    assertThat(membership.purchases()).isEmpty();
    assertThat(membership.version()).isEmpty();
  }

  @Test
  void R4_silverNeedsOneCompetencyAtSilver() {
    PurchaseDecision decision =
        membership.purchase(
            MembershipLevel.SILVER,
            DAY,
            Evaluations.of(DAY).none("devops").silver("cloud-platform").build(),
            POLICY);

    assertThat(decision).isInstanceOf(PurchaseDecision.Approved.class);
    assertThat(membership.levelOn(DAY)).isEqualTo(MembershipLevel.SILVER);
  }

  @Test
  void R4_aGoldCompetencyAlsoCarriesSilver() {
    PurchaseDecision decision =
        membership.purchase(
            MembershipLevel.SILVER, DAY, Evaluations.of(DAY).gold("data-platform").build(), POLICY);

    assertThat(decision).isInstanceOf(PurchaseDecision.Approved.class);
  }

  @Test
  void R4_goldNeedsOneCompetencyAtGold() {
    Evaluation silverOnly = Evaluations.of(DAY).silver("cloud-platform").silver("devops").build();

    assertThat(membership.purchase(MembershipLevel.GOLD, DAY, silverOnly, POLICY))
        .isInstanceOfSatisfying(
            PurchaseDecision.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(RefusalReason.REQUIREMENT_NOT_MET));
    assertThat(
            membership.purchase(
                MembershipLevel.GOLD,
                DAY,
                Evaluations.of(DAY).silver("cloud-platform").gold("devops").build(),
                POLICY))
        .isInstanceOf(PurchaseDecision.Approved.class);
  }

  @Test
  void R4_aPurchaseStartsAOneYearTermAndRecordsWhatWasCharged() {
    PurchaseDecision decision =
        membership.purchase(
            MembershipLevel.SILVER,
            DAY,
            Evaluations.of(DAY).silver("cloud-platform").gold("devops").none("datacenter").build(),
            POLICY);

    MembershipPurchase purchase = ((PurchaseDecision.Approved) decision).purchase();
    assertThat(purchase.kind()).isEqualTo(PurchaseKind.NEW);
    assertThat(purchase.level()).isEqualTo(MembershipLevel.SILVER);
    assertThat(purchase.purchasedOn()).isEqualTo(DAY);
    assertThat(purchase.term().startsOn()).isEqualTo(DAY);
    assertThat(purchase.term().endsOn()).isEqualTo(LocalDate.of(2026, 3, 14));
    assertThat(purchase.charged()).isEqualTo(Money.usd("1670.00"));
    assertThat(purchase.qualifiedBy())
        .containsExactly(new CompetencyId("cloud-platform"), new CompetencyId("devops"));
    assertThat(membership.purchases()).containsExactly(purchase);
  }

  @Test
  void R4_aRefusedPurchaseSaysWhyAndNamesTheClosestCompetencies() {
    Evaluation evaluation =
        Evaluations.of(DAY)
            .none("datacenter")
            .competency(
                "devops",
                level(Level.SILVER, option("Silver", persons(1, 2))),
                level(Level.GOLD, option("Gold", persons(1, 4))))
            .build();

    PurchaseDecision decision =
        membership.purchase(MembershipLevel.SILVER, DAY, evaluation, POLICY);

    assertThat(decision)
        .isInstanceOfSatisfying(
            PurchaseDecision.Refused.class,
            refused -> {
              assertThat(refused.reason()).isEqualTo(RefusalReason.REQUIREMENT_NOT_MET);
              assertThat(refused.reason().code()).isEqualTo("membership-requirement-not-met");
              assertThat(refused.detail())
                  .isEqualTo(
                      "Silver membership needs at least one competency attained at Silver or"
                          + " Gold on 2025-03-15; none is");
              assertThat(refused.closest())
                  .extracting(g -> g.competency().value(), CompetencyGap::percentComplete)
                  .containsExactly(tuple("devops", 50), tuple("datacenter", 0));
              assertThat(refused.closest().getFirst().shortfalls())
                  .singleElement()
                  .isInstanceOfSatisfying(
                      MissingPersons.class, m -> assertThat(m.persons()).isEqualTo(1));
            });
  }

  @Test
  void R4_aRefusedPurchaseIsNotRecordedAndLeavesANetworkMember() {
    membership.purchase(
        MembershipLevel.SILVER, DAY, Evaluations.of(DAY).none("devops").build(), POLICY);

    assertThat(membership.purchases()).isEmpty();
    assertThat(membership.levelOn(DAY)).isEqualTo(MembershipLevel.NETWORK);
  }

  @Test
  void R4_aRefusalBecomesARuleViolationWithAStableCode() {
    PurchaseDecision.Refused refused =
        (PurchaseDecision.Refused)
            membership.decide(
                MembershipLevel.GOLD, DAY, Evaluations.of(DAY).silver("devops").build(), POLICY);

    assertThat(refused.asException())
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("Gold membership needs at least one competency attained at Gold")
        .extracting(RuleViolationException::code)
        .isEqualTo("membership-requirement-not-met");
  }

  @Test
  void R4_networkMembershipIsFreeAndCannotBeBought() {
    assertThat(
            membership.purchase(
                MembershipLevel.NETWORK, DAY, Evaluations.of(DAY).gold("devops").build(), POLICY))
        .isInstanceOfSatisfying(
            PurchaseDecision.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(RefusalReason.NETWORK_IS_FREE));
  }

  @Test
  void R4_eligibilityIsDecidedFromThePurchaseDaysEvaluationOfTheOrganization() {
    Evaluation dayBefore = Evaluations.of(DAY.minusDays(1)).gold("devops").build();
    Evaluation otherOrganization =
        Evaluations.of(OrganizationId.newId(), DAY).gold("devops").build();

    assertThatThrownBy(() -> membership.purchase(MembershipLevel.SILVER, DAY, dayBefore, POLICY))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("evaluation"));
    assertThatThrownBy(
            () -> membership.purchase(MembershipLevel.SILVER, DAY, otherOrganization, POLICY))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void R4_aPurchaseCannotTakeEffectBeforeTheLastOne() {
    Memberships.buy(membership, MembershipLevel.SILVER, DAY);
    LocalDate earlier = DAY.minusDays(1);

    assertThatThrownBy(
            () ->
                membership.purchase(
                    MembershipLevel.GOLD,
                    earlier,
                    Evaluations.of(earlier).gold("devops").build(),
                    POLICY))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo("purchase-before-last"));
  }

  @Test
  void R4_decidingAloneRecordsNothing() {
    assertThat(
            membership.decide(
                MembershipLevel.SILVER, DAY, Evaluations.of(DAY).silver("devops").build(), POLICY))
        .isInstanceOf(PurchaseDecision.Approved.class);
    assertThat(membership.purchases()).isEmpty();
  }

  @Test
  void R4_aRestoredMembershipKeepsItsHistoryInOrder() {
    MembershipPurchase first = Memberships.buy(membership, MembershipLevel.SILVER, DAY);
    MembershipPurchase upgrade =
        Memberships.buy(membership, MembershipLevel.GOLD, DAY.plusMonths(2));

    Membership restored = Membership.restore(CONTOSO, List.of(first, upgrade), 3);

    assertThat(restored.purchases()).containsExactly(first, upgrade);
    assertThat(restored.version()).contains(3L);
    assertThatThrownBy(() -> Membership.restore(CONTOSO, List.of(upgrade, first), 3))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("purchases"));
  }
}
