package org.attain.domain.risk;

import java.util.List;
import java.util.Optional;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.membership.ClosestCompetencies;
import org.attain.domain.membership.CompetencyGap;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipPurchase;
import org.attain.domain.membership.PurchaseEligibility;
import org.attain.domain.shared.Guard;

/**
 * R6: a paid membership in force on the evaluated day rests on the requirement R4 set for buying it
 * (Silver: a competency at Silver or Gold; Gold: one at Gold). When no competency meets it any
 * more, renewal is at risk; a network member never is.
 */
public final class RenewalRisk {

  private RenewalRisk() {}

  public static RiskAssessment assess(
      Membership membership, Evaluation evaluation, ChangeCause cause) {
    Guard.present(membership, "membership");
    Guard.present(evaluation, "evaluation");
    Guard.present(cause, "cause");
    Guard.check(
        membership.organization().equals(evaluation.organization()),
        "evaluation",
        "evaluation must be of the membership's organization");
    Optional<MembershipPurchase> held = membership.inForceOn(evaluation.date());
    if (held.isEmpty()) {
      return new RiskAssessment.NotAPaidMember();
    }
    MembershipPurchase purchase = held.get();
    List<CompetencyId> carriedBy =
        PurchaseEligibility.qualifyingCompetencies(purchase.level(), evaluation);
    if (!carriedBy.isEmpty()) {
      return new RiskAssessment.Safe(purchase.level(), purchase.term(), carriedBy);
    }
    AttainedLevel needed = purchase.level().competencyNeeded();
    List<CompetencyGap> every =
        ClosestCompetencies.to(needed, evaluation, Catalog.MAX_COMPETENCIES);
    List<CompetencyGap> nowShort =
        purchase.qualifiedBy().stream()
            .flatMap(c -> every.stream().filter(g -> g.competency().equals(c)))
            .toList();
    return new RiskAssessment.AtRisk(
        purchase.level(),
        purchase.term(),
        cause,
        purchase.qualifiedBy(),
        nowShort,
        every.stream().limit(ClosestCompetencies.SHOWN).toList());
  }
}
