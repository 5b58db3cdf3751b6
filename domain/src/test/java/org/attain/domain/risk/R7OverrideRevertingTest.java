package org.attain.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.domain.risk.RiskFacts.CLOUD;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.membership.Evaluations;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.Memberships;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverridePolicy;
import org.junit.jupiter.api.Test;

/**
 * R7 reverting: a level that rests on an override is OVERRIDDEN until the override's last day, the
 * history records the change back with the cause that found it, and the end is warned of within the
 * warning window when the override holds the membership level.
 */
class R7OverrideRevertingTest {

  private static final LocalDate BOUGHT = LocalDate.of(2025, 3, 15);
  private static final LocalDate GRANTED = LocalDate.of(2025, 4, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 15);

  private final Catalog catalog = RiskFacts.catalog();
  private final AgentOverride goldGranted = override(new OverrideGrant.LevelGranted(Level.GOLD));
  private final Map<CompetencyId, CompetencyStateChange> recorded = new HashMap<>();

  @Test
  void r7_aLevelGrantedAboveTheEvidenceIsOverriddenUntilItsLastDayThenRevertsWithTheEndAsCause() {
    RiskFacts facts = new RiskFacts().holder(1).override(goldGranted);
    Membership network = Membership.network(Evaluations.CONTOSO);

    List<CompetencyStateChange> granted = record(network, facts, GRANTED, granted());
    List<CompetencyStateChange> lastDay = record(network, facts, LAST_DAY, timePassed(LAST_DAY));
    List<CompetencyStateChange> after = record(network, facts, LAST_DAY.plusDays(1), ended());

    assertThat(granted)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.state()).isEqualTo(CompetencyState.OVERRIDDEN);
              assertThat(c.level()).isEqualTo(AttainedLevel.GOLD);
              assertThat(c.overriddenUntil()).contains(LAST_DAY);
              assertThat(c.cause().kind()).isEqualTo("override-granted");
            });
    assertThat(lastDay).isEmpty();
    assertThat(after)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.state()).isEqualTo(CompetencyState.QUALIFIED);
              assertThat(c.level()).isEqualTo(AttainedLevel.SILVER);
              assertThat(c.overriddenUntil()).isEmpty();
              assertThat(c.cause().kind()).isEqualTo("override-ended");
              assertThat(c.cause().description())
                  .isEqualTo(
                      "the override in cloud-platform (GOLD is granted) ended: 2025-06-15"
                          + " was its last day");
            });
  }

  @Test
  void r7_underAGoldMembershipHeldByTheOverrideTheCompetencyIsAtRiskOnceItEnds() {
    RiskFacts facts = new RiskFacts().holder(1).override(goldGranted);
    Membership gold = Memberships.boughtOn(BOUGHT, MembershipLevel.GOLD);

    record(gold, facts, GRANTED, granted());
    List<CompetencyStateChange> after = record(gold, facts, LAST_DAY.plusDays(1), ended());

    assertThat(recorded.get(CLOUD).state()).isEqualTo(CompetencyState.AT_RISK);
    assertThat(after).extracting(c -> c.cause().kind()).containsExactly("override-ended");
  }

  @Test
  void r7_aLevelGrantedThatTheEvidenceMeetsAnywayIsNotOverridden() {
    RiskFacts facts =
        new RiskFacts().holder(1).override(override(new OverrideGrant.LevelGranted(Level.SILVER)));

    List<CompetencyStateChange> changes =
        record(Membership.network(Evaluations.CONTOSO), facts, GRANTED, granted());

    assertThat(changes)
        .extracting(CompetencyStateChange::state)
        .containsExactly(CompetencyState.QUALIFIED);
  }

  @Test
  void r7_aCountedCredentialOverrideMakesTheLevelRestOnItUntilTheEarliestLastDay() {
    AgentOverride credential =
        AgentOverride.grant(
            Evaluations.CONTOSO,
            CLOUD,
            new OverrideGrant.HoldsCredential(
                RiskFacts.person(2), new org.attain.domain.achievement.AchievementCode("70-533")),
            "agent-smith",
            "exam passed, not yet in the systems",
            GRANTED,
            GRANTED,
            LAST_DAY.minusDays(10),
            OverridePolicy.PROGRAMME_DEFAULT);
    RiskFacts facts = new RiskFacts().holder(1).override(goldGranted).override(credential);

    Evaluation evaluation = facts.evaluate(catalog, GRANTED);

    assertThat(evaluation.attainment(CLOUD).orElseThrow().overriddenUntil())
        .contains(LAST_DAY.minusDays(10));
  }

  @Test
  void r7_anOverrideHoldingTheGoldMembershipIsWarnedOfFourteenDaysBeforeItsLastDay() {
    RiskFacts facts = new RiskFacts().holder(1).override(goldGranted);
    Membership gold = Memberships.boughtOn(BOUGHT, MembershipLevel.GOLD);

    Optional<LapseAhead> fifteenBefore = warn(gold, facts, LAST_DAY.minusDays(15));
    Optional<LapseAhead> fourteenBefore = warn(gold, facts, LAST_DAY.minusDays(14));

    assertThat(fifteenBefore).isEmpty();
    assertThat(fourteenBefore)
        .hasValueSatisfying(
            ahead -> {
              assertThat(ahead.lapsesOn()).isEqualTo(LAST_DAY.plusDays(1));
              assertThat(ahead.losing()).containsExactly(CLOUD);
              assertThat(ahead.lapsing()).isEmpty();
              assertThat(ahead.endingOverrides())
                  .singleElement()
                  .satisfies(e -> assertThat(e.override().override()).isEqualTo(goldGranted.id()));
              assertThat(ahead.then().level()).isEqualTo(MembershipLevel.GOLD);
            });
    Alert alert = Alert.lapseAhead(Evaluations.CONTOSO, fourteenBefore.get(), LAST_DAY);
    assertThat(alert.lapsing())
        .containsExactly("the override in cloud-platform (GOLD is granted) ends after 2025-06-15");
  }

  @Test
  void r7_theWarningWindowIsAParameter() {
    RiskFacts facts = new RiskFacts().holder(1).override(goldGranted);
    Membership gold = Memberships.boughtOn(BOUGHT, MembershipLevel.GOLD);
    LocalDate today = LAST_DAY.minusDays(30);

    assertThat(warn(gold, facts, today, 29)).isEmpty();
    assertThat(warn(gold, facts, today, 30)).isPresent();
  }

  @Test
  void r7_anOverrideTheMembershipLevelDoesNotRestOnIsNoWarning() {
    RiskFacts facts = new RiskFacts().holder(1).override(goldGranted);
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);

    assertThat(warn(silver, facts, LAST_DAY.minusDays(1))).isEmpty();
  }

  @Test
  void r7_anOverrideEndingAfterTheTermIsNoWarning() {
    Membership gold = Memberships.boughtOn(LocalDate.of(2024, 6, 16), MembershipLevel.GOLD);
    RiskFacts facts = new RiskFacts().holder(1).override(goldGranted);

    assertThat(warn(gold, facts, LAST_DAY.minusDays(5))).isEmpty();
  }

  @Test
  void r7_theCausesNameTheOverrideInWordsAnAdminUnderstands() {
    OverrideGrant grant = goldGranted.grant();

    assertThat(RecordedCause.of(granted()))
        .isEqualTo(
            new RecordedCause(
                "override-granted",
                "a programme agent granted an override in cloud-platform (GOLD is granted) from"
                    + " 2025-04-01"));
    assertThat(
            RecordedCause.of(
                new ChangeCause.OverrideRevoked(goldGranted.id(), CLOUD, grant, GRANTED)))
        .isEqualTo(
            new RecordedCause(
                "override-revoked",
                "a programme agent revoked the override in cloud-platform (GOLD is granted); it no"
                    + " longer counts from 2025-04-01"));
    assertThat(RecordedCause.of(ended()).kind()).isEqualTo("override-ended");
  }

  private Optional<LapseAhead> warn(Membership membership, RiskFacts facts, LocalDate today) {
    return warn(membership, facts, today, LapseLookAhead.OVERRIDE_WARNING_DAYS);
  }

  private Optional<LapseAhead> warn(
      Membership membership, RiskFacts facts, LocalDate today, int windowDays) {
    return LapseLookAhead.warn(
        membership,
        facts.evaluate(catalog, today),
        facts.achievements(),
        catalog,
        facts.engine(catalog),
        timePassed(today),
        windowDays);
  }

  private List<CompetencyStateChange> record(
      Membership membership, RiskFacts facts, LocalDate day, ChangeCause cause) {
    Evaluation evaluation = facts.evaluate(catalog, day);
    List<CompetencyStateChange> changes =
        CompetencyLifecycle.changes(
            recorded,
            evaluation,
            RenewalRisk.assess(membership, evaluation, cause),
            Optional.empty(),
            cause);
    changes.forEach(c -> recorded.put(c.competency(), c));
    return changes;
  }

  private static AgentOverride override(OverrideGrant grant) {
    return AgentOverride.grant(
        Evaluations.CONTOSO,
        CLOUD,
        grant,
        "agent-smith",
        "partner in the programme's fast track",
        GRANTED,
        GRANTED,
        LAST_DAY,
        OverridePolicy.PROGRAMME_DEFAULT);
  }

  private ChangeCause granted() {
    return new ChangeCause.OverrideGranted(
        goldGranted.id(), CLOUD, goldGranted.grant(), goldGranted.startsOn());
  }

  private ChangeCause ended() {
    return new ChangeCause.OverrideEnded(goldGranted.id(), CLOUD, goldGranted.grant(), LAST_DAY);
  }

  private static ChangeCause timePassed(LocalDate day) {
    return new ChangeCause.TimePassed(day);
  }
}
