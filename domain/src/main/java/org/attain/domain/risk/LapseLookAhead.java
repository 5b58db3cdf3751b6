package org.attain.domain.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.RetiredCredential;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.evaluation.AppliedOverride;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.LevelProgress;
import org.attain.domain.evaluation.PersonsProgress;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.override.OverrideId;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/**
 * R6, R7: warns ahead of time when counted achievements stop counting (expiry, end of credit, a
 * retirement in the catalog), or an override a carrying level rests on ends, before the term ends
 * such that renewal would then be at risk. Rather than guess which one matters, it asks the engine
 * about each day one lapses, in order, and stops at the first day the organization would be at
 * risk: the same facts, a later day. An override's end is examined only once its last day is within
 * the warning window ({@link #OVERRIDE_WARNING_DAYS} days, its last day included: 14 days before
 * it, yes; 15 days before, no); until then no day from its end on is examined, as the engine would
 * see the override gone on those days and blame the lapse on something else.
 */
public final class LapseLookAhead {

  /** How many distinct lapse days are evaluated at most, to bound the work of one change. */
  public static final int MAX_DAYS_EXAMINED = 60;

  /** How many days before an override's last day its end is warned of (R7, issue 6). */
  public static final int OVERRIDE_WARNING_DAYS = 14;

  private LapseLookAhead() {}

  /** The persons filling the slots of the competencies that carry the level: who counts. */
  public static Set<PersonId> countedPersons(Evaluation today, Collection<CompetencyId> carriedBy) {
    Set<PersonId> counted = new LinkedHashSet<>();
    today.attainments().stream()
        .filter(a -> carriedBy.contains(a.competency()))
        .map(Attainment::levels)
        .flatMap(List::stream)
        .map(LevelProgress::options)
        .flatMap(List::stream)
        .flatMap(o -> o.steps().stream())
        .flatMap(s -> s instanceof PersonsProgress p ? p.contributors().stream() : Stream.empty())
        .forEach(counted::add);
    return counted;
  }

  /** The warning with the programme's window for overrides, {@link #OVERRIDE_WARNING_DAYS}. */
  public static Optional<LapseAhead> warn(
      Membership membership,
      Evaluation today,
      List<Achievement> achievements,
      Catalog catalog,
      EvaluationOn engine,
      ChangeCause cause) {
    return warn(membership, today, achievements, catalog, engine, cause, OVERRIDE_WARNING_DAYS);
  }

  /**
   * The warning for a membership safe on {@code today}'s day, if any. Only a counted person's lapse
   * or an override's end can put a safe organization at risk, so the days examined are those when
   * an achievement of a person counted on the last day examined stops counting, or an override a
   * carrying level then rests on has ended: a person or override that takes over is followed in
   * turn.
   *
   * @param achievements the achievements of the organization's persons
   * @param catalog the catalog in force today, for its retired credentials
   * @param overrideWarningDays how many days before its last day an override's end is examined
   */
  public static Optional<LapseAhead> warn(
      Membership membership,
      Evaluation today,
      List<Achievement> achievements,
      Catalog catalog,
      EvaluationOn engine,
      ChangeCause cause,
      int overrideWarningDays) {
    Guard.present(achievements, "achievements");
    Guard.present(catalog, "catalog");
    Guard.present(engine, "engine");
    Guard.check(overrideWarningDays >= 0, "overrideWarningDays", "must not be negative");
    if (!(RenewalRisk.assess(membership, today, cause) instanceof RiskAssessment.Safe safe)) {
      return Optional.empty();
    }
    Lapses lapses =
        new Lapses(achievements, catalog, safe.term(), today.date().plusDays(overrideWarningDays));
    lapses.add(today, safe.carriedBy());
    LocalDate examined = today.date();
    for (int days = 0; days < MAX_DAYS_EXAMINED; days++) {
      Optional<LocalDate> next = lapses.after(examined);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      LocalDate day = next.get();
      examined = day;
      Evaluation then = engine.on(day);
      switch (RenewalRisk.assess(membership, then, cause)) {
        case RiskAssessment.AtRisk atRisk -> {
          return Optional.of(warning(day, lapses, safe, then, atRisk));
        }
        case RiskAssessment.Safe stillSafe -> lapses.add(then, stillSafe.carriedBy());
        case RiskAssessment.NotAPaidMember none -> {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static LapseAhead warning(
      LocalDate day,
      Lapses lapses,
      RiskAssessment.Safe safe,
      Evaluation then,
      RiskAssessment.AtRisk atRisk) {
    List<CompetencyId> losing =
        safe.carriedBy().stream()
            .filter(c -> !then.levelIn(c).includes(safe.level().competencyNeeded()))
            .toList();
    return new LapseAhead(day, lapses.achievementsBy(day), losing, atRisk, lapses.overridesBy(day));
  }

  /** The days counted achievements lapse and overrides end, and how far ahead to look. */
  private static final class Lapses {
    private final TreeMap<LocalDate, List<Achievement>> achievementsByDay = new TreeMap<>();
    private final TreeMap<LocalDate, List<OverrideEnding>> overridesByDay = new TreeMap<>();
    private final Set<Achievement> seen = new HashSet<>();
    private final Set<OverrideId> seenOverrides = new HashSet<>();
    private final List<Achievement> achievements;
    private final Catalog catalog;
    private final MembershipTerm term;
    private final LocalDate lastDayWarnedOf;
    private LocalDate horizon;

    Lapses(
        List<Achievement> achievements,
        Catalog catalog,
        MembershipTerm term,
        LocalDate lastDayWarnedOf) {
      this.achievements = achievements;
      this.catalog = catalog;
      this.term = term;
      this.lastDayWarnedOf = lastDayWarnedOf;
      this.horizon = term.endsOn().plusDays(1);
    }

    /** Files what counts on {@code evaluation}'s day for the carrying competencies. */
    void add(Evaluation evaluation, Collection<CompetencyId> carriedBy) {
      LocalDate day = evaluation.date();
      addLapses(
          achievementsByDay,
          seen,
          achievements,
          countedPersons(evaluation, carriedBy),
          catalog,
          day,
          term);
      for (Attainment attainment : evaluation.attainments()) {
        if (!carriedBy.contains(attainment.competency())) {
          continue;
        }
        for (AppliedOverride applied : attainment.levelRestsOn()) {
          LocalDate ends = applied.lastDay().plusDays(1);
          if (!seenOverrides.add(applied.override())
              || !ends.isAfter(day)
              || ends.isAfter(term.endsOn())) {
            continue;
          }
          if (applied.lastDay().isAfter(lastDayWarnedOf)) {
            horizon = ends.isBefore(horizon) ? ends : horizon;
          } else {
            overridesByDay
                .computeIfAbsent(ends, d -> new ArrayList<>())
                .add(new OverrideEnding(attainment.competency(), applied));
          }
        }
      }
    }

    /** The next lapse day after {@code day}, before the horizon. */
    Optional<LocalDate> after(LocalDate day) {
      return Stream.of(achievementsByDay.higherKey(day), overridesByDay.higherKey(day))
          .filter(Objects::nonNull)
          .filter(d -> d.isBefore(horizon))
          .min(LocalDate::compareTo);
    }

    List<Achievement> achievementsBy(LocalDate day) {
      return achievementsByDay.headMap(day, true).values().stream().flatMap(List::stream).toList();
    }

    List<OverrideEnding> overridesBy(LocalDate day) {
      return overridesByDay.headMap(day, true).values().stream().flatMap(List::stream).toList();
    }
  }

  /** Files the counted persons' achievements counting on {@code day} by the day they lapse. */
  private static void addLapses(
      TreeMap<LocalDate, List<Achievement>> byDay,
      Set<Achievement> seen,
      List<Achievement> achievements,
      Set<PersonId> counted,
      Catalog catalog,
      LocalDate day,
      MembershipTerm term) {
    for (Achievement achievement : achievements) {
      if (!counted.contains(achievement.holder())
          || !achievement.countsOn(day)
          || !seen.add(achievement)) {
        continue;
      }
      lastCountingDay(achievement, catalog)
          .map(last -> last.plusDays(1))
          .filter(lapse -> lapse.isAfter(day) && !lapse.isAfter(term.endsOn()))
          .ifPresent(
              lapse -> byDay.computeIfAbsent(lapse, d -> new ArrayList<>()).add(achievement));
    }
  }

  private static Optional<LocalDate> lastCountingDay(Achievement achievement, Catalog catalog) {
    return Stream.of(
            achievement.expiry(),
            achievement.endOfCredit(),
            catalog.retiredCredentials().stream()
                .filter(r -> r.code().equals(achievement.code()))
                .map(RetiredCredential::creditEndsOn)
                .findFirst())
        .flatMap(Optional::stream)
        .min(LocalDate::compareTo);
  }
}
