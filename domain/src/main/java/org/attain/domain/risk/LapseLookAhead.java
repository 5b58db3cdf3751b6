package org.attain.domain.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.RetiredCredential;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.LevelProgress;
import org.attain.domain.evaluation.PersonsProgress;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/**
 * R6: warns ahead of time when counted achievements stop counting (expiry, end of credit, a
 * retirement in the catalog) before the term ends such that renewal would then be at risk. Rather
 * than guess which achievement matters, it asks the engine about each day one lapses, in order, and
 * stops at the first day the organization would be at risk: the same facts, a later day.
 */
public final class LapseLookAhead {

  /** How many distinct lapse days are evaluated at most, to bound the work of one change. */
  public static final int MAX_DAYS_EXAMINED = 60;

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

  /**
   * The warning for a membership safe on {@code today}'s day, if any. Only a counted person's lapse
   * can put a safe organization at risk, so the days examined are those when an achievement of a
   * person counted on the last day examined stops counting: a person who takes over a slot is
   * followed in turn.
   *
   * @param achievements the achievements of the organization's persons
   * @param catalog the catalog in force today, for its retired credentials
   */
  public static Optional<LapseAhead> warn(
      Membership membership,
      Evaluation today,
      List<Achievement> achievements,
      Catalog catalog,
      EvaluationOn engine,
      ChangeCause cause) {
    Guard.present(achievements, "achievements");
    Guard.present(catalog, "catalog");
    Guard.present(engine, "engine");
    if (!(RenewalRisk.assess(membership, today, cause) instanceof RiskAssessment.Safe safe)) {
      return Optional.empty();
    }
    TreeMap<LocalDate, List<Achievement>> lapses = new TreeMap<>();
    Set<Achievement> seen = new HashSet<>();
    addLapses(
        lapses,
        seen,
        achievements,
        countedPersons(today, safe.carriedBy()),
        catalog,
        today.date(),
        safe.term());
    LocalDate examined = today.date();
    for (int days = 0; days < MAX_DAYS_EXAMINED; days++) {
      LocalDate day = lapses.higherKey(examined);
      if (day == null) {
        return Optional.empty();
      }
      examined = day;
      Evaluation then = engine.on(day);
      switch (RenewalRisk.assess(membership, then, cause)) {
        case RiskAssessment.AtRisk atRisk -> {
          return Optional.of(warning(day, lapses, safe, then, atRisk));
        }
        case RiskAssessment.Safe stillSafe ->
            addLapses(
                lapses,
                seen,
                achievements,
                countedPersons(then, stillSafe.carriedBy()),
                catalog,
                day,
                safe.term());
        case RiskAssessment.NotAPaidMember none -> {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static LapseAhead warning(
      LocalDate day,
      TreeMap<LocalDate, List<Achievement>> lapses,
      RiskAssessment.Safe safe,
      Evaluation then,
      RiskAssessment.AtRisk atRisk) {
    List<Achievement> lapsing =
        lapses.headMap(day, true).values().stream().flatMap(List::stream).toList();
    List<CompetencyId> losing =
        safe.carriedBy().stream()
            .filter(c -> !then.levelIn(c).includes(safe.level().competencyNeeded()))
            .toList();
    return new LapseAhead(day, lapsing, losing, atRisk);
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
