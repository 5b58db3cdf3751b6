package org.attain.domain.override;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.InvalidValueException;
import org.attain.domain.shared.RuleViolationException;
import org.attain.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

/** R7: an override records who, why, when and for how long, and can be revoked early. */
class R7OverrideTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 1, 31);
  private static final OrganizationId CONTOSO = new OrganizationId(new UUID(7, 7));
  private static final CompetencyId CLOUD = new CompetencyId("cloud-platform");

  @Test
  void R7_byDefaultAnOverrideLastsThreeMonthsFromItsStart() {
    AgentOverride override = grant(null, null, OverridePolicy.PROGRAMME_DEFAULT);

    assertThat(override.startsOn()).isEqualTo(TODAY);
    assertThat(override.lastDay()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(override.holdsOn(LocalDate.of(2026, 4, 30))).isTrue();
    assertThat(override.holdsOn(LocalDate.of(2026, 5, 1))).isFalse();
  }

  @Test
  void R7_threeMonthsFromTheEndOfAMonthEndOnTheLastDayOfTheThirdMonth() {
    AgentOverride override =
        grant(LocalDate.of(2026, 11, 30), null, OverridePolicy.PROGRAMME_DEFAULT);

    assertThat(override.lastDay()).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void R7_anAgentMayEndItEarlierButNotBeyondTheMaximum() {
    assertThat(grant(null, TODAY.plusDays(10), OverridePolicy.PROGRAMME_DEFAULT).lastDay())
        .isEqualTo(TODAY.plusDays(10));
    assertThat(grant(null, TODAY, OverridePolicy.PROGRAMME_DEFAULT).lastDay())
        .as("a one-day override")
        .isEqualTo(TODAY);
    assertThatThrownBy(
            () -> grant(null, TODAY.plusMonths(3).plusDays(1), OverridePolicy.PROGRAMME_DEFAULT))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("2026-04-30");
    assertThatThrownBy(() -> grant(null, TODAY.minusDays(1), OverridePolicy.PROGRAMME_DEFAULT))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void R7_aShorterProgrammeMaximumCapsTheDefault() {
    OverridePolicy sixWeeks = new OverridePolicy(Period.ofWeeks(6));

    assertThat(grant(null, null, sixWeeks).lastDay()).isEqualTo(TODAY.plusWeeks(6));
  }

  @Test
  void R7_anOverrideMayStartLaterButNotInThePast() {
    assertThat(grant(TODAY.plusDays(5), null, OverridePolicy.PROGRAMME_DEFAULT).holdsOn(TODAY))
        .isFalse();
    assertThatThrownBy(() -> grant(TODAY.minusDays(1), null, OverridePolicy.PROGRAMME_DEFAULT))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void R7_everyOverrideRecordsWhoWhyAndWhen() {
    AgentOverride override = grant(null, null, OverridePolicy.PROGRAMME_DEFAULT);

    assertThat(override.agent()).isEqualTo("agent-7");
    assertThat(override.reason()).isEqualTo("passed AZ-305 on 2026-01-29, not yet in the feed");
    assertThat(override.grantedOn()).isEqualTo(TODAY);
    assertThatThrownBy(
            () ->
                AgentOverride.grant(
                    CONTOSO,
                    CLOUD,
                    new OverrideGrant.LevelGranted(Level.GOLD),
                    "agent-7",
                    "  ",
                    TODAY,
                    null,
                    null,
                    OverridePolicy.PROGRAMME_DEFAULT))
        .as("the reason is required")
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void R7_aRevokedOverrideHoldsUntilTheDayBeforeItsRevocation() {
    AgentOverride override = grant(null, null, OverridePolicy.PROGRAMME_DEFAULT);

    override.revoke("agent-9", "the exam result was withdrawn", TODAY.plusDays(20));

    assertThat(override.holdsOn(TODAY.plusDays(19))).isTrue();
    assertThat(override.holdsOn(TODAY.plusDays(20))).isFalse();
    assertThat(override.effectiveLastDay()).contains(TODAY.plusDays(19));
    assertThat(override.revocation().orElseThrow().agent()).isEqualTo("agent-9");
    assertThat(override.revocation().orElseThrow().reason())
        .isEqualTo("the exam result was withdrawn");
  }

  @Test
  void R7_anOverrideIsRevokedOnceAndNotAfterItEnded() {
    AgentOverride revoked = grant(null, null, OverridePolicy.PROGRAMME_DEFAULT);
    revoked.revoke("agent-9", "mistake", TODAY);
    assertThatThrownBy(() -> revoked.revoke("agent-9", "again", TODAY))
        .isInstanceOf(StateConflictException.class);

    AgentOverride ended = grant(null, TODAY.plusDays(3), OverridePolicy.PROGRAMME_DEFAULT);
    assertThatThrownBy(() -> ended.revoke("agent-9", "late", TODAY.plusDays(4)))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void R7_aRevocationNeedsAReason() {
    AgentOverride override = grant(null, null, OverridePolicy.PROGRAMME_DEFAULT);

    assertThatThrownBy(() -> override.revoke("agent-9", "", TODAY))
        .isInstanceOf(InvalidValueException.class);
    assertThat(override.revocation()).isEmpty();
  }

  private static AgentOverride grant(LocalDate startsOn, LocalDate lastDay, OverridePolicy policy) {
    return AgentOverride.grant(
        CONTOSO,
        CLOUD,
        new OverrideGrant.LevelGranted(Level.GOLD),
        "agent-7",
        "passed AZ-305 on 2026-01-29, not yet in the feed",
        TODAY,
        startsOn,
        lastDay,
        policy);
  }
}
