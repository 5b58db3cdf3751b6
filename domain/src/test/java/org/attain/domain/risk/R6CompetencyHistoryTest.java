package org.attain.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.membership.Evaluations;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.Memberships;
import org.junit.jupiter.api.Test;

/** R6: every change of a competency's state is recorded with its day and cause. */
class R6CompetencyHistoryTest {

  private static final LocalDate BOUGHT = LocalDate.of(2025, 3, 15);
  private static final CompetencyId CLOUD = new CompetencyId("cloud-platform");
  private static final CompetencyId DATA = new CompetencyId("data-platform");

  private final Map<CompetencyId, CompetencyStateChange> recorded = new HashMap<>();

  @Test
  void r6_aNetworkMembersCompetencyGoesFromStartedToQualifiedToExpiredWithoutEverBeingAtRisk() {
    Membership network = Membership.network(Evaluations.CONTOSO);

    List<CompetencyStateChange> started =
        record(
            network,
            day(1)
                .competency(
                    "cloud-platform",
                    Evaluations.level(
                        Level.SILVER, Evaluations.option("Silver", Evaluations.persons(1, 2)))));
    List<CompetencyStateChange> qualified = record(network, day(2).silver("cloud-platform"));
    List<CompetencyStateChange> lost = record(network, day(3).none("cloud-platform"));

    assertThat(started)
        .extracting(CompetencyStateChange::state)
        .containsExactly(CompetencyState.STARTED);
    assertThat(qualified)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.state()).isEqualTo(CompetencyState.QUALIFIED);
              assertThat(c.level()).isEqualTo(AttainedLevel.SILVER);
              assertThat(c.on()).isEqualTo(BOUGHT.plusDays(2));
              assertThat(c.cause().kind()).isEqualTo("time-passed");
            });
    assertThat(lost)
        .extracting(CompetencyStateChange::state)
        .containsExactly(CompetencyState.EXPIRED);
  }

  @Test
  void r6_nothingIsRecordedForACompetencyNeverStartedNorWhenNothingChanges() {
    Membership network = Membership.network(Evaluations.CONTOSO);

    assertThat(record(network, day(1).none("cloud-platform"))).isEmpty();
    record(network, day(2).silver("cloud-platform"));
    assertThat(record(network, day(3).silver("cloud-platform"))).isEmpty();
  }

  @Test
  void r6_underAPaidMembershipTheCountedCompetencyIsActiveThenAtRiskAndExpiresAfterTheTerm() {
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);

    List<CompetencyStateChange> active =
        record(silver, day(1).silver("cloud-platform").silver("data-platform"));
    List<CompetencyStateChange> gold =
        record(silver, day(2).gold("cloud-platform").silver("data-platform"));
    List<CompetencyStateChange> dataLost =
        record(silver, day(3).gold("cloud-platform").none("data-platform"));
    List<CompetencyStateChange> cloudLost =
        record(silver, day(4).none("cloud-platform").none("data-platform"));
    LocalDate lapsed = silver.termOn(BOUGHT).orElseThrow().renewalWindowEndsOn().plusDays(1);
    List<CompetencyStateChange> afterTerm =
        record(silver, Evaluations.of(lapsed).none("cloud-platform").none("data-platform"));

    assertThat(active)
        .extracting(CompetencyStateChange::competency, CompetencyStateChange::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CLOUD, CompetencyState.ACTIVE),
            org.assertj.core.groups.Tuple.tuple(DATA, CompetencyState.ACTIVE));
    assertThat(gold)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.state()).isEqualTo(CompetencyState.ACTIVE);
              assertThat(c.level())
                  .as("a change of level is a change")
                  .isEqualTo(AttainedLevel.GOLD);
            });
    assertThat(dataLost)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.competency()).isEqualTo(DATA);
              assertThat(c.state())
                  .as("lost, still shown until the term ends")
                  .isEqualTo(CompetencyState.AT_RISK);
            });
    assertThat(cloudLost)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.competency()).isEqualTo(CLOUD);
              assertThat(c.state()).isEqualTo(CompetencyState.AT_RISK);
              assertThat(c.level()).isEqualTo(AttainedLevel.NONE);
            });
    assertThat(afterTerm)
        .extracting(CompetencyStateChange::state)
        .containsExactly(CompetencyState.EXPIRED, CompetencyState.EXPIRED);
  }

  @Test
  void r6_aCompetencyTheCatalogDropsIsRecordedAsExpired() {
    Membership network = Membership.network(Evaluations.CONTOSO);
    record(network, day(1).silver("cloud-platform").silver("data-platform"));

    List<CompetencyStateChange> dropped = record(network, day(2).silver("cloud-platform"));

    assertThat(dropped)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.competency()).isEqualTo(DATA);
              assertThat(c.state()).isEqualTo(CompetencyState.EXPIRED);
            });
  }

  @Test
  void r6_aCompetencyLosingItsLevelByALapseAheadIsAtRiskWhileStillAttained() {
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);
    Evaluation today = day(1).silver("cloud-platform").build();
    Evaluation then = Evaluations.of(BOUGHT.plusMonths(6)).none("cloud-platform").build();
    RiskAssessment.AtRisk atRisk =
        (RiskAssessment.AtRisk) RenewalRisk.assess(silver, then, cause());
    LapseAhead ahead = new LapseAhead(then.date(), List.of(), List.of(CLOUD), atRisk);

    List<CompetencyStateChange> changes =
        CompetencyLifecycle.changes(
            recorded,
            today,
            RenewalRisk.assess(silver, today, cause()),
            Optional.of(ahead),
            cause());

    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.state()).isEqualTo(CompetencyState.AT_RISK);
              assertThat(c.level()).isEqualTo(AttainedLevel.SILVER);
            });
  }

  @Test
  void r6_aRecordedOverrideGivesWayToTheEvidenceOnceTheEvaluationNoLongerCountsIt() {
    LocalDate until = BOUGHT.plusDays(10);
    recorded.put(
        CLOUD,
        new CompetencyStateChange(
            Evaluations.CONTOSO,
            CLOUD,
            CompetencyState.OVERRIDDEN,
            AttainedLevel.GOLD,
            until,
            BOUGHT,
            new RecordedCause("override-granted", "an agent overrode it")));
    Membership network = Membership.network(Evaluations.CONTOSO);

    // revoked before its planned last day: the evaluation no longer counts it (R7)
    assertThat(record(network, day(5).none("cloud-platform")))
        .extracting(CompetencyStateChange::state)
        .containsExactly(CompetencyState.EXPIRED);
  }

  private static Evaluations day(int days) {
    return Evaluations.of(BOUGHT.plusDays(days));
  }

  private static ChangeCause cause() {
    return new ChangeCause.TimePassed(BOUGHT);
  }

  private List<CompetencyStateChange> record(Membership membership, Evaluations evaluations) {
    Evaluation evaluation = evaluations.build();
    List<CompetencyStateChange> changes =
        CompetencyLifecycle.changes(
            recorded,
            evaluation,
            RenewalRisk.assess(membership, evaluation, cause()),
            Optional.empty(),
            cause());
    changes.forEach(c -> recorded.put(c.competency(), c));
    return changes;
  }
}
