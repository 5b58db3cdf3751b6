package org.attain.domain.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.MetricProgress;
import org.attain.domain.evaluation.PersonsProgress;
import org.attain.domain.shared.Guard;

/**
 * R6, R7: the competency history's next entries, by comparing the state recorded for each
 * competency with the one an evaluation gives. Rules, first that applies, under a paid membership
 * in force: counted for it while renewal is at risk: AT_RISK; the level rests on an override
 * ({@link Attainment#levelRestsOn()}): OVERRIDDEN until the earliest last day of those overrides;
 * losing its level by a lapse ahead: AT_RISK; a level met: ACTIVE; shown earlier in the term
 * (ACTIVE, AT_RISK or OVERRIDDEN) and lost since: AT_RISK. Otherwise: the level rests on an
 * override: OVERRIDDEN until that day; a level met: QUALIFIED; a level held before (an override
 * included): EXPIRED; some progress: STARTED; else NOT_STARTED. A competency the catalog dropped is
 * evaluated as no progress. The entry after an override's end carries the cause of the evaluation
 * that finds it over (the daily scan's {@code override-ended}, or {@code override-revoked}).
 */
public final class CompetencyLifecycle {

  private static final Set<CompetencyState> SHOWN =
      EnumSet.of(CompetencyState.ACTIVE, CompetencyState.AT_RISK, CompetencyState.OVERRIDDEN);
  private static final Set<CompetencyState> HELD =
      EnumSet.of(
          CompetencyState.QUALIFIED,
          CompetencyState.ACTIVE,
          CompetencyState.AT_RISK,
          CompetencyState.EXPIRED,
          CompetencyState.OVERRIDDEN);

  private CompetencyLifecycle() {}

  /**
   * The changes {@code evaluation} makes to the {@code recorded} states (latest entry of each
   * competency), dated the evaluation's day, in catalog order then dropped competencies.
   */
  public static List<CompetencyStateChange> changes(
      Map<CompetencyId, CompetencyStateChange> recorded,
      Evaluation evaluation,
      RiskAssessment risk,
      Optional<LapseAhead> ahead,
      ChangeCause cause) {
    Guard.present(recorded, "recorded");
    Guard.present(evaluation, "evaluation");
    Guard.present(risk, "risk");
    Guard.present(ahead, "ahead");
    RecordedCause recordedCause = RecordedCause.of(cause);
    Set<CompetencyId> competencies = new LinkedHashSet<>();
    evaluation.attainments().forEach(a -> competencies.add(a.competency()));
    competencies.addAll(recorded.keySet());
    List<CompetencyStateChange> changes = new ArrayList<>();
    for (CompetencyId competency : competencies) {
      Optional<CompetencyStateChange> before = Optional.ofNullable(recorded.get(competency));
      CompetencyState previous = before.map(CompetencyStateChange::state).orElse(null);
      Optional<Attainment> attainment = evaluation.attainment(competency);
      AttainedLevel level = attainment.map(Attainment::level).orElse(AttainedLevel.NONE);
      LocalDate overriddenUntil = attainment.flatMap(Attainment::overriddenUntil).orElse(null);
      CompetencyState state =
          state(
              competency,
              level,
              overriddenUntil != null,
              attainment.filter(CompetencyLifecycle::started).isPresent(),
              previous,
              risk,
              ahead);
      LocalDate until = state == CompetencyState.OVERRIDDEN ? overriddenUntil : null;
      boolean unchanged =
          before.map(b -> b.same(state, level, until)).orElse(state == CompetencyState.NOT_STARTED);
      if (!unchanged) {
        changes.add(
            new CompetencyStateChange(
                evaluation.organization(),
                competency,
                state,
                level,
                until,
                evaluation.date(),
                recordedCause));
      }
    }
    return changes;
  }

  private static CompetencyState state(
      CompetencyId competency,
      AttainedLevel level,
      boolean overridden,
      boolean started,
      CompetencyState previous,
      RiskAssessment risk,
      Optional<LapseAhead> ahead) {
    boolean paid = !(risk instanceof RiskAssessment.NotAPaidMember);
    if (paid) {
      if (risk instanceof RiskAssessment.AtRisk atRisk && atRisk.counted().contains(competency)) {
        return CompetencyState.AT_RISK;
      }
      if (overridden) {
        return CompetencyState.OVERRIDDEN;
      }
      if (ahead.filter(a -> a.losing().contains(competency)).isPresent()) {
        return CompetencyState.AT_RISK;
      }
      if (level != AttainedLevel.NONE) {
        return CompetencyState.ACTIVE;
      }
      if (SHOWN.contains(previous)) {
        return CompetencyState.AT_RISK;
      }
    }
    if (overridden) {
      return CompetencyState.OVERRIDDEN;
    }
    if (level != AttainedLevel.NONE) {
      return CompetencyState.QUALIFIED;
    }
    if (HELD.contains(previous)) {
      return CompetencyState.EXPIRED;
    }
    return started ? CompetencyState.STARTED : CompetencyState.NOT_STARTED;
  }

  /** Whether any step of any option has a unit of progress: a person counted or a value. */
  private static boolean started(Attainment attainment) {
    return attainment.levels().stream()
        .flatMap(l -> l.options().stream())
        .flatMap(o -> o.steps().stream())
        .anyMatch(
            step ->
                switch (step) {
                  case PersonsProgress persons -> persons.achieved() > 0;
                  case MetricProgress metric -> metric.achieved().compareTo(BigDecimal.ZERO) > 0;
                });
  }
}
