package org.attain.domain.membership;

import java.util.List;
import java.util.Optional;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.Evaluation;

/**
 * R4, R5: a paid level needs at least one competency attained at that level on the day it is bought
 * or renewed: Silver or Gold for Silver, Gold for Gold. Decided from the engine's evaluation of
 * that day.
 */
public final class PurchaseEligibility {

  private PurchaseEligibility() {}

  /** The competencies that carry {@code level} in {@code evaluation}, in catalog order. */
  public static List<CompetencyId> qualifyingCompetencies(
      MembershipLevel level, Evaluation evaluation) {
    return evaluation.attainments().stream()
        .filter(a -> a.level().includes(level.competencyNeeded()))
        .map(Attainment::competency)
        .toList();
  }

  /** The refusal when no competency carries {@code level}, naming the closest ones. */
  public static Optional<PurchaseDecision.Refused> refusal(
      MembershipLevel level, Evaluation evaluation) {
    if (!qualifyingCompetencies(level, evaluation).isEmpty()) {
      return Optional.empty();
    }
    String needed = level == MembershipLevel.GOLD ? "Gold" : "Silver or Gold";
    return Optional.of(
        new PurchaseDecision.Refused(
            RefusalReason.REQUIREMENT_NOT_MET,
            "%s membership needs at least one competency attained at %s on %s; none is"
                .formatted(label(level), needed, evaluation.date()),
            ClosestCompetencies.to(
                level.competencyNeeded(), evaluation, ClosestCompetencies.SHOWN)));
  }

  static String label(MembershipLevel level) {
    return level == MembershipLevel.GOLD ? "Gold" : "Silver";
  }
}
