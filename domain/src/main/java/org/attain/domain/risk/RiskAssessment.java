package org.attain.domain.risk;

import java.util.List;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.membership.CompetencyGap;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.shared.Guard;

/** R6: whether the requirement a paid membership rests on still holds on the evaluated day. */
public sealed interface RiskAssessment {

  /** A network member (or a lapsed one) has no renewal to put at risk. */
  record NotAPaidMember() implements RiskAssessment {}

  /**
   * The level's requirement holds.
   *
   * @param carriedBy the competencies attained at the level's requirement, in catalog order
   */
  record Safe(MembershipLevel level, MembershipTerm term, List<CompetencyId> carriedBy)
      implements RiskAssessment {
    public Safe {
      carriedBy = List.copyOf(carriedBy);
    }
  }

  /**
   * No competency carries the level any more: renewing it at the same level would be refused.
   *
   * @param counted the competencies the purchase in force was qualified by
   * @param nowShort for each counted competency still in the catalog, how far it now is from the
   *     level needed: its most advanced option and what each unmet step lacks
   * @param restoreBy the competencies nearest to the level needed, nearest first: meeting the
   *     shortfalls of any one of them restores eligibility
   */
  record AtRisk(
      MembershipLevel level,
      MembershipTerm term,
      ChangeCause cause,
      List<CompetencyId> counted,
      List<CompetencyGap> nowShort,
      List<CompetencyGap> restoreBy)
      implements RiskAssessment {
    public AtRisk {
      Guard.present(level, "level");
      Guard.present(term, "term");
      Guard.present(cause, "cause");
      counted = List.copyOf(counted);
      nowShort = List.copyOf(nowShort);
      restoreBy = List.copyOf(restoreBy);
    }
  }
}
