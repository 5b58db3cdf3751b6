package org.attain.application.reevaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.membership.Membership;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.LapseAhead;
import org.attain.domain.risk.LapseLookAhead;
import org.attain.domain.risk.RenewalRisk;
import org.attain.domain.risk.RiskAssessment;

/**
 * R6: the alert situations an organization's evaluated facts call for under its membership: renewal
 * at risk, or else a lapse ahead. What the renewal-risk watch raises and ends for real changes, and
 * what a what-if answers for hypothetical ones, so both are decided by the same rules.
 */
public record AlertsCalledFor(RiskAssessment risk, Optional<LapseAhead> lapseAhead) {

  public static AlertsCalledFor by(Membership membership, Evaluated evaluated, ChangeCause cause) {
    RiskAssessment risk = RenewalRisk.assess(membership, evaluated.evaluation(), cause);
    Optional<LapseAhead> ahead =
        risk instanceof RiskAssessment.Safe
            ? lookAhead(membership, evaluated, cause)
            : Optional.empty();
    return new AlertsCalledFor(risk, ahead);
  }

  public Optional<RiskAssessment.AtRisk> atRisk() {
    return risk instanceof RiskAssessment.AtRisk found ? Optional.of(found) : Optional.empty();
  }

  /** The kinds of alert called for, in the order the watch settles them. */
  public List<AlertKind> kinds() {
    List<AlertKind> kinds = new ArrayList<>();
    atRisk().ifPresent(r -> kinds.add(AlertKind.RENEWAL_AT_RISK));
    lapseAhead.ifPresent(a -> kinds.add(AlertKind.LAPSE_AHEAD));
    return kinds;
  }

  /** The same facts evaluated by the engine on the days counted achievements lapse. */
  private static Optional<LapseAhead> lookAhead(
      Membership membership, Evaluated evaluated, ChangeCause cause) {
    List<Achievement> held =
        evaluated.facts().persons().stream()
            .map(AssociatedPerson::achievements)
            .flatMap(List::stream)
            .toList();
    return LapseLookAhead.warn(
        membership, evaluated.evaluation(), held, evaluated.catalog(), evaluated, cause);
  }
}
