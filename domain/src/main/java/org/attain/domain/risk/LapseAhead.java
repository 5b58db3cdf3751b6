package org.attain.domain.risk;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.shared.Guard;

/**
 * R6, R7: a warning that counted achievements or the overrides a level rests on stop counting
 * before the term ends and that the organization's renewal will then be at risk.
 *
 * @param lapsesOn the first day the organization would be at risk: the day after the last day the
 *     lapsing achievements count
 * @param lapsing the counted achievements that stop counting by then
 * @param losing the competencies that carry the level today but not on {@code lapsesOn}
 * @param then the assessment of {@code lapsesOn}
 * @param endingOverrides the overrides a carrying level rests on that end by then (R7)
 */
public record LapseAhead(
    LocalDate lapsesOn,
    List<Achievement> lapsing,
    List<CompetencyId> losing,
    RiskAssessment.AtRisk then,
    List<OverrideEnding> endingOverrides) {

  public LapseAhead {
    Guard.present(lapsesOn, "lapsesOn");
    lapsing = List.copyOf(lapsing);
    losing = List.copyOf(losing);
    Guard.present(then, "then");
    endingOverrides = List.copyOf(endingOverrides);
  }

  /** A warning of achievements lapsing alone, no override ending. */
  public LapseAhead(
      LocalDate lapsesOn,
      List<Achievement> lapsing,
      List<CompetencyId> losing,
      RiskAssessment.AtRisk then) {
    this(lapsesOn, lapsing, losing, then, List.of());
  }
}
