package org.attain.domain.membership;

import java.util.HashMap;
import java.util.Map;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;

/**
 * R6, R8: the highest level seen in each competency at any evaluation during one term. A competency
 * attained during the term keeps being shown until the term ends, even if lost since, so the
 * application keeps this record and merges each new evaluation into it.
 *
 * @param highest the competencies attained at least at Silver during the term
 */
public record TermAttainments(
    OrganizationId organization, MembershipTerm term, Map<CompetencyId, AttainedLevel> highest) {

  public TermAttainments {
    Guard.present(organization, "organizationId");
    Guard.present(term, "term");
    Guard.present(highest, "highest");
    highest.forEach(
        (competency, level) -> {
          Guard.present(competency, "highest.competency");
          Guard.check(
              level != null && level != AttainedLevel.NONE,
              "highest." + competency,
              "highest." + competency + " must be Silver or Gold");
        });
    highest = Map.copyOf(highest);
  }

  /** The record of a term that has just started: nothing seen yet. */
  public static TermAttainments startOf(OrganizationId organization, MembershipTerm term) {
    return new TermAttainments(organization, term, Map.of());
  }

  /** This record with {@code evaluation}'s levels raised into it; nothing ever drops. */
  public TermAttainments merge(Evaluation evaluation) {
    Guard.present(evaluation, "evaluation");
    Guard.check(
        evaluation.organization().equals(organization),
        "evaluation",
        "evaluation must be of organization " + organization);
    Guard.check(
        term.intactOn(evaluation.date()),
        "evaluation",
        "evaluation must be of a day the term holds, not " + evaluation.date());
    Map<CompetencyId, AttainedLevel> raised = new HashMap<>(highest);
    for (Attainment attainment : evaluation.attainments()) {
      if (attainment.level() != AttainedLevel.NONE) {
        raised.merge(attainment.competency(), attainment.level(), TermAttainments::higher);
      }
    }
    return new TermAttainments(organization, term, raised);
  }

  public AttainedLevel highestIn(CompetencyId competency) {
    return highest.getOrDefault(competency, AttainedLevel.NONE);
  }

  private static AttainedLevel higher(AttainedLevel a, AttainedLevel b) {
    return a.includes(b) ? a : b;
  }
}
