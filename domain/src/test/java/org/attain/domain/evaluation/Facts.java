package org.attain.domain.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.person.PersonId;

/** Builds an organization's facts for rule tests; person {@code n} has the n-th smallest id. */
final class Facts {

  static final LocalDate DAY = LocalDate.of(2018, 6, 1);
  static final LocalDate LONG_AGO = LocalDate.of(2016, 1, 1);
  static final OrganizationId CONTOSO = new OrganizationId(new UUID(7, 7));

  private final Market market;
  private final List<AssociatedPerson> persons = new ArrayList<>();
  private final List<MetricReport> metrics = new ArrayList<>();
  private final List<AgentOverride> overrides = new ArrayList<>();

  private Facts(Market market) {
    this.market = market;
  }

  static Facts developed() {
    return new Facts(Market.DEVELOPED);
  }

  static Facts developing() {
    return new Facts(Market.DEVELOPING);
  }

  static PersonId person(int n) {
    return new PersonId(new UUID(0, n));
  }

  /** Person {@code n} holding {@code codes}, earned long ago, never expiring. */
  Facts person(int n, String... codes) {
    return person(
        n,
        Arrays.stream(codes)
            .map(code -> earned(n, code, LONG_AGO, null, null))
            .toArray(Achievement[]::new));
  }

  /** Person {@code n}, holding nothing the systems recognise. */
  Facts personHoldingNothing(int n) {
    return person(n, new Achievement[0]);
  }

  Facts person(int n, Achievement... achievements) {
    persons.add(new AssociatedPerson(person(n), List.of(achievements)));
    return this;
  }

  static Achievement earned(
      int n, String code, LocalDate earnedOn, LocalDate expiresOn, LocalDate creditEndsOn) {
    return Achievement.earned(
        person(n),
        AchievementKind.EXAM,
        new AchievementCode(code),
        earnedOn,
        expiresOn,
        creditEndsOn);
  }

  /** {@code value} of {@code metric} over the twelve months ending the day before {@link #DAY}. */
  Facts metric(Metric metric, long value) {
    metrics.add(
        new MetricReport(metric, BigDecimal.valueOf(value), DAY.minusYears(1), DAY.minusDays(1)));
    return this;
  }

  Facts override(AgentOverride override) {
    overrides.add(override);
    return this;
  }

  OrganizationFacts build() {
    return new OrganizationFacts(CONTOSO, market, persons, metrics, overrides);
  }

  OrganizationFacts reversed() {
    return new OrganizationFacts(CONTOSO, market, persons.reversed(), metrics);
  }
}
