package org.attain.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.RetiredCredential;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverridePolicy;
import org.attain.domain.person.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Programme dates lie within 1990-01-01 .. 2100-12-31; others are refused naming the field. */
class ProgrammeDatesTest {

  private static final PersonId ANA = PersonId.newId();
  private static final AchievementCode EXAM = new AchievementCode("70-533");
  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

  @Test
  void theRangeIsNamedPolicy() {
    assertThat(ProgrammeDates.FIRST_DAY).isEqualTo(LocalDate.of(1990, 1, 1));
    assertThat(ProgrammeDates.LAST_DAY).isEqualTo(LocalDate.of(2100, 12, 31));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1990-01-01", "2025-06-30", "2100-12-31"})
  void daysWithinTheRangeAreAccepted(LocalDate day) {
    assertThat(earned(day, null, null).earnedOn()).isEqualTo(day);
    assertThat(earned(ProgrammeDates.FIRST_DAY, day, day).expiry()).contains(day);
    assertThat(report(day, day).periodEnd()).isEqualTo(day);
    assertThat(new RetiredCredential(EXAM, day).creditEndsOn()).isEqualTo(day);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01", "1989-12-31", "2101-01-01", "9999-12-31"})
  void daysOutsideTheRangeAreRefusedNamingTheField(LocalDate day) {
    assertRefused(() -> earned(day, null, null), "earnedOn");
    assertRefused(() -> earned(ProgrammeDates.FIRST_DAY, day, null), "expiresOn");
    assertRefused(() -> earned(ProgrammeDates.FIRST_DAY, null, day), "creditEndsOn");
    assertRefused(() -> report(day, DAY), "periodStart");
    assertRefused(() -> report(DAY, day), "periodEnd");
    assertRefused(() -> new RetiredCredential(EXAM, day), "creditEndsOn");
  }

  @Test
  void anOverrideStartsAndEndsWithinTheRange() {
    LocalDate today = LocalDate.of(2100, 12, 1);

    assertThat(grant(today, null, today.plusDays(30)).lastDay()).isEqualTo(ProgrammeDates.LAST_DAY);
    assertRefused(() -> grant(today, LocalDate.of(9999, 1, 1), null), "startsOn");
    assertRefused(() -> grant(today, null, LocalDate.of(2101, 1, 1)), "lastDay");
  }

  private static Achievement earned(LocalDate earnedOn, LocalDate expiresOn, LocalDate creditEnds) {
    return Achievement.earned(ANA, AchievementKind.EXAM, EXAM, earnedOn, expiresOn, creditEnds);
  }

  private static MetricReport report(LocalDate start, LocalDate end) {
    return new MetricReport(Metric.POWER_BI_SEATS, BigDecimal.TEN, start, end);
  }

  private static AgentOverride grant(LocalDate today, LocalDate startsOn, LocalDate lastDay) {
    return AgentOverride.grant(
        new OrganizationId(new UUID(7, 7)),
        new CompetencyId("cloud-platform"),
        new OverrideGrant.LevelGranted(Level.GOLD),
        "agent-7",
        "a reason",
        today,
        startsOn,
        lastDay,
        OverridePolicy.PROGRAMME_DEFAULT);
  }

  private static void assertRefused(Runnable make, String field) {
    assertThatThrownBy(make::run)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(field + " must be between 1990-01-01 and 2100-12-31")
        .extracting("field")
        .isEqualTo(field);
  }
}
