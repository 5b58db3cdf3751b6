package org.attain.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Issue 13, the agents' view: what lapses within a horizon, and the most-at-risk-first order. */
class OrganizationsAtRiskTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final LapseHorizon THIRTY_DAYS = new LapseHorizon(TODAY, 30);

  @Test
  void aTermWithAsManyDaysLeftAsTheHorizonLapsesWithinItAndOneDayMoreDoesNot() {
    LocalDate thirtyDaysLeft = TODAY.plusDays(29);

    assertThat(THIRTY_DAYS.daysLeft(thirtyDaysLeft)).isEqualTo(30);
    assertThat(THIRTY_DAYS.lapsesWithin(thirtyDaysLeft)).isTrue();
    assertThat(THIRTY_DAYS.lapsesWithin(thirtyDaysLeft.plusDays(1))).isFalse();
  }

  @Test
  void aTermOverButInItsRenewalWindowHasNoDayLeftAndLapsesWithinEvenAZeroDayHorizon() {
    LapseHorizon today = new LapseHorizon(TODAY, 0);

    assertThat(today.daysLeft(TODAY.minusDays(3))).isZero();
    assertThat(today.lapsesWithin(TODAY.minusDays(3))).isTrue();
    assertThat(today.daysLeft(TODAY)).isEqualTo(1);
    assertThat(today.lapsesWithin(TODAY)).isFalse();
  }

  @Test
  void theHorizonIsFromNoDayToAYearAndADay() {
    assertThat(new LapseHorizon(TODAY, 366).lapsesBefore()).isEqualTo(TODAY.plusDays(366));
    assertThatThrownBy(() -> new LapseHorizon(TODAY, 367))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getMessage()).contains("lapsingWithinDays"));
    assertThatThrownBy(() -> new LapseHorizon(TODAY, -1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void restingOnOnePersonAndLapsingComesFirstThenLapsingThenRestingOnOnePerson() {
    OrganizationAtRisk restingOnly = row("Alpha", TODAY.plusDays(5), true, TODAY.plusDays(200));
    OrganizationAtRisk lapsingOnly = row("Beta", TODAY.plusDays(1), false, TODAY.plusDays(3));
    OrganizationAtRisk both = row("Gamma", TODAY.minusDays(40), true, TODAY.plusDays(20));

    assertThat(both.rank()).isZero();
    assertThat(lapsingOnly.rank()).isOne();
    assertThat(restingOnly.rank()).isEqualTo(2);
    assertThat(sorted(restingOnly, lapsingOnly, both))
        .containsExactly(both, lapsingOnly, restingOnly);
  }

  @Test
  void withinARankTheTermEndingSoonestComesFirstThenTheNameThenTheId() {
    OrganizationAtRisk later = row("Alpha", TODAY, false, TODAY.plusDays(20));
    OrganizationAtRisk sooner = row("Zeta", TODAY, false, TODAY.plusDays(2));
    OrganizationAtRisk sameDayByName = row("Beta", TODAY, false, TODAY.plusDays(20));

    assertThat(sorted(later, sooner, sameDayByName)).containsExactly(sooner, later, sameDayByName);
  }

  @Test
  void itRestsOnOnePersonSinceItsOngoingKeyPersonWarningWasRaised() {
    OrganizationAtRisk row = row("Alpha", TODAY.minusDays(7), true, TODAY.plusDays(200));

    assertThat(row.restsOnOnePersonSince()).contains(TODAY.minusDays(7));
    assertThat(row("Beta", TODAY, false, TODAY).restsOnOnePersonSince()).isEmpty();
  }

  @Test
  void anOrganizationNeitherRestingOnOnePersonNorLapsingIsNotAtRisk() {
    assertThatThrownBy(() -> row("Alpha", TODAY, false, TODAY.plusDays(200)))
        .isInstanceOf(InvalidValueException.class);
  }

  private static List<OrganizationAtRisk> sorted(OrganizationAtRisk... rows) {
    return List.of(rows).stream().sorted(OrganizationAtRisk.MOST_AT_RISK_FIRST).toList();
  }

  /**
   * A Silver member whose term ends on {@code termEndsOn}, resting on one person since {@code
   * raisedOn} if {@code restsOnOnePerson}.
   */
  private static OrganizationAtRisk row(
      String name, LocalDate raisedOn, boolean restsOnOnePerson, LocalDate termEndsOn) {
    List<OrganizationAtRisk.OngoingAlert> alerts =
        restsOnOnePerson
            ? List.of(
                new OrganizationAtRisk.OngoingAlert(
                    AlertId.newId(), AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON, raisedOn))
            : List.of();
    return OrganizationAtRisk.of(
        new OrganizationId(UUID.randomUUID()),
        name,
        MembershipLevel.SILVER,
        termEndsOn,
        alerts,
        THIRTY_DAYS);
  }
}
