package org.attain.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.domain.catalog.Level;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.membership.Evaluations;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.Memberships;
import org.junit.jupiter.api.Test;

/** R6: an alert says why and what would restore eligibility; one per ongoing situation. */
class R6AlertTest {

  private static final LocalDate BOUGHT = LocalDate.of(2025, 3, 15);
  private static final LocalDate DAY = BOUGHT.plusMonths(2);

  private final Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);

  @Test
  void r6_aRenewalAtRiskAlertKeepsTheCauseAndEachShortStepInWords() {
    Alert alert = atRisk(DAY);

    assertThat(alert.kind()).isEqualTo(AlertKind.RENEWAL_AT_RISK);
    assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
    assertThat(alert.ongoing()).isTrue();
    assertThat(alert.cause().description()).isEqualTo("catalog version 2 is in force from " + DAY);
    assertThat(alert.nowShort())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.level()).isEqualTo(Level.SILVER);
              assertThat(s.missing())
                  .containsExactly(
                      "1 more person holding 70-496, of whom 1 also holding PSM-I",
                      "2500 more of AZURE_CONSUMPTION_USD_TTM (7500 of 10000)");
              assertThat(s.describe()).startsWith("cloud-platform at SILVER (option \"Silver\", ");
            });
  }

  @Test
  void r6_noSecondAlertOfAKindWhileItsSituationIsOngoingEvenOnceAcknowledged() {
    Alert first = atRisk(DAY).acknowledge("admin-1", DAY.plusDays(1));

    AlertSituations.Decision again =
        AlertSituations.decide(
            silver.organization(),
            AlertKind.RENEWAL_AT_RISK,
            List.of(first),
            Optional.of(atRisk(DAY.plusDays(2))),
            DAY.plusDays(2));

    assertThat(again.raise()).isEmpty();
    assertThat(again.end()).isEmpty();
  }

  @Test
  void r6_theSituationEndsWhenNoLongerFoundAndAFreshOneRaisesANewAlert() {
    Alert first = atRisk(DAY);

    AlertSituations.Decision recovered =
        AlertSituations.decide(
            silver.organization(),
            AlertKind.RENEWAL_AT_RISK,
            List.of(first),
            Optional.empty(),
            DAY.plusDays(5));
    Alert ended = recovered.end().getFirst();
    AlertSituations.Decision atRiskAgain =
        AlertSituations.decide(
            silver.organization(),
            AlertKind.RENEWAL_AT_RISK,
            List.of(),
            Optional.of(atRisk(DAY.plusDays(9))),
            DAY.plusDays(9));

    assertThat(ended.endedOn()).isEqualTo(DAY.plusDays(5));
    assertThat(ended.status()).as("still open for its admins to read").isEqualTo(AlertStatus.OPEN);
    assertThat(atRiskAgain.raise()).isPresent();
  }

  @Test
  void r6_aLapseAheadAlertIsItsOwnSituation() {
    Alert renewal = atRisk(DAY);
    LapseAhead ahead =
        new LapseAhead(DAY.plusMonths(3), List.of(), List.of(), risk(DAY.plusMonths(3)));

    AlertSituations.Decision decision =
        AlertSituations.decide(
            silver.organization(),
            AlertKind.LAPSE_AHEAD,
            List.of(renewal),
            Optional.of(Alert.lapseAhead(silver.organization(), ahead, DAY)),
            DAY);

    assertThat(decision.raise())
        .hasValueSatisfying(
            a -> {
              assertThat(a.kind()).isEqualTo(AlertKind.LAPSE_AHEAD);
              assertThat(a.lapsesOn()).isEqualTo(DAY.plusMonths(3));
            });
  }

  @Test
  void r6_acknowledgingRecordsWhoAndWhenOnceOnly() {
    Alert acknowledged =
        atRisk(DAY).acknowledge("admin-1", DAY.plusDays(1)).acknowledge("admin-2", DAY.plusDays(2));

    assertThat(acknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
    assertThat(acknowledged.acknowledged())
        .contains(new Acknowledgement("admin-1", DAY.plusDays(1)));
  }

  private Alert atRisk(LocalDate day) {
    return Alert.renewalAtRisk(silver.organization(), risk(day), day);
  }

  private RiskAssessment.AtRisk risk(LocalDate day) {
    return (RiskAssessment.AtRisk)
        RenewalRisk.assess(
            silver,
            Evaluations.of(day)
                .competency(
                    "cloud-platform",
                    Evaluations.level(
                        Level.SILVER,
                        Evaluations.option(
                            "Silver",
                            Evaluations.persons(1, 2, 0, 1),
                            Evaluations.metric(7500, 10000))))
                .build(),
            new ChangeCause.CatalogChanged(2, day));
  }
}
