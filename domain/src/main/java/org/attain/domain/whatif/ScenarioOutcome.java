package org.attain.domain.whatif;

import java.util.List;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.PurchaseEligibility;
import org.attain.domain.shared.Guard;

/**
 * Issue 13: what an organization holds now and would hold under a scenario, competency by
 * competency. {@link #then()} is an ordinary evaluation: the membership's purchase decision, the
 * renewal risk and the alerts are decided from it by the same rules as for real facts.
 *
 * @param differences every competency of either catalog, the current one's order first
 */
public record ScenarioOutcome(
    Evaluation now, Evaluation then, List<AttainmentDifference> differences) {

  public ScenarioOutcome {
    Guard.present(now, "now");
    Guard.present(then, "then");
    differences = List.copyOf(differences);
  }

  public List<AttainmentDifference> changes() {
    return differences.stream().filter(AttainmentDifference::changed).toList();
  }

  /** Whether some competency would carry {@code level} (R4): before and after the scenario. */
  public boolean carriesNow(MembershipLevel level) {
    return !PurchaseEligibility.qualifyingCompetencies(level, now).isEmpty();
  }

  public boolean carriesThen(MembershipLevel level) {
    return !PurchaseEligibility.qualifyingCompetencies(level, then).isEmpty();
  }
}
