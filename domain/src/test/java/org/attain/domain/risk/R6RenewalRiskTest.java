package org.attain.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.membership.Evaluations;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.Memberships;
import org.attain.domain.membership.MissingPersons;
import org.attain.domain.person.AssociationEnd;
import org.attain.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/** R6: a paid membership is at risk once no competency meets the level it rests on. */
class R6RenewalRiskTest {

  private static final LocalDate BOUGHT = LocalDate.of(2025, 3, 15);
  private static final LocalDate LATER = BOUGHT.plusMonths(4);
  private static final ChangeCause ANA_LEFT =
      new ChangeCause.PersonLeft(
          new PersonId(new java.util.UUID(0, 1)), "Ana", AssociationEnd.LEFT);
  private static final CompetencyId CLOUD = new CompetencyId("cloud-platform");

  @Test
  void r6_aSilverMemberWhoseCountedCompetencyIsLostIsAtRiskWithTheCauseTheShortStepAndTheRemedy() {
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);
    Evaluation lost =
        Evaluations.of(LATER)
            .none("cloud-platform")
            .competency(
                "data-platform",
                Evaluations.level(
                    Level.SILVER, Evaluations.option("Silver", Evaluations.persons(1, 2))))
            .build();

    RiskAssessment risk = RenewalRisk.assess(silver, lost, ANA_LEFT);

    assertThat(risk)
        .isInstanceOfSatisfying(
            RiskAssessment.AtRisk.class,
            atRisk -> {
              assertThat(atRisk.level()).isEqualTo(MembershipLevel.SILVER);
              assertThat(atRisk.cause()).isEqualTo(ANA_LEFT);
              assertThat(atRisk.counted()).containsExactly(CLOUD);
              assertThat(atRisk.nowShort())
                  .singleElement()
                  .satisfies(
                      gap -> {
                        assertThat(gap.competency()).isEqualTo(CLOUD);
                        assertThat(gap.level()).isEqualTo(Level.SILVER);
                        assertThat(gap.shortfalls())
                            .singleElement()
                            .isInstanceOfSatisfying(
                                MissingPersons.class, m -> assertThat(m.persons()).isEqualTo(1));
                      });
              assertThat(atRisk.restoreBy())
                  .extracting(g -> g.competency().value())
                  .containsExactly("data-platform", "cloud-platform");
            });
  }

  @Test
  void r6_aSilverMemberWithAnotherCompetencyStillAtSilverIsSafe() {
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);
    Evaluation other = Evaluations.of(LATER).none("cloud-platform").silver("data-platform").build();

    assertThat(RenewalRisk.assess(silver, other, ANA_LEFT))
        .isInstanceOfSatisfying(
            RiskAssessment.Safe.class,
            safe ->
                assertThat(safe.carriedBy()).containsExactly(new CompetencyId("data-platform")));
  }

  @Test
  void r6_aGoldMemberWhoseGoldCompetencyDropsToSilverIsAtRiskThoughSilverStillHolds() {
    Membership gold = Memberships.boughtOn(BOUGHT, MembershipLevel.GOLD);
    Evaluation dropped = Evaluations.of(LATER).silver("cloud-platform").build();

    assertThat(RenewalRisk.assess(gold, dropped, ANA_LEFT))
        .isInstanceOfSatisfying(
            RiskAssessment.AtRisk.class,
            atRisk -> {
              assertThat(atRisk.level()).isEqualTo(MembershipLevel.GOLD);
              assertThat(atRisk.nowShort()).extracting(g -> g.level()).containsExactly(Level.GOLD);
            });
  }

  @Test
  void r6_aNetworkMemberIsNeverAtRisk() {
    Membership network = Membership.network(Evaluations.CONTOSO);

    assertThat(
            RenewalRisk.assess(
                network, Evaluations.of(LATER).none("cloud-platform").build(), ANA_LEFT))
        .isInstanceOf(RiskAssessment.NotAPaidMember.class);
  }

  @Test
  void r6_aMembershipPastItsRenewalWindowHasNoRenewalToPutAtRisk() {
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);
    LocalDate lapsed = silver.termOn(BOUGHT).orElseThrow().renewalWindowEndsOn().plusDays(1);

    assertThat(
            RenewalRisk.assess(
                silver, Evaluations.of(lapsed).none("cloud-platform").build(), ANA_LEFT))
        .isInstanceOf(RiskAssessment.NotAPaidMember.class);
    assertThat(
            RenewalRisk.assess(
                silver,
                Evaluations.of(lapsed.minusDays(1)).none("cloud-platform").build(),
                ANA_LEFT))
        .as("in the renewal window the membership still holds")
        .isInstanceOf(RiskAssessment.AtRisk.class);
  }

  @Test
  void r6_theCauseIsRecordedWithAStableKindAndTheAdminsSentence() {
    assertThat(RecordedCause.of(ANA_LEFT))
        .isEqualTo(new RecordedCause("person-left", "Ana left the organization"));
    assertThat(RecordedCause.of(new ChangeCause.TimePassed(LATER)).kind()).isEqualTo("time-passed");
  }
}
