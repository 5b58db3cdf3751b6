package org.attain.application.reevaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.CompetencyHistories;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertSituations;
import org.attain.domain.risk.CompetencyLifecycle;
import org.attain.domain.risk.CompetencyStateChange;
import org.attain.domain.risk.LapseAhead;
import org.attain.domain.risk.RiskAssessment;

/**
 * R6: after each re-evaluation, records the competency history, raises or ends the renewal-risk and
 * lapse-ahead alerts, and puts one email per admin contact of a new alert in the outbox: all in the
 * unit of work of the change, so none of it is lost or written without the change.
 */
public final class RenewalRiskWatch implements ReevaluationObserver {

  private final Alerts alerts;
  private final CompetencyHistories histories;
  private final Outbox outbox;
  private final ProgrammeClock clock;

  public RenewalRiskWatch(
      Alerts alerts, CompetencyHistories histories, Outbox outbox, ProgrammeClock clock) {
    this.alerts = alerts;
    this.histories = histories;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "renewal risk";
  }

  @Override
  public Kept read(List<Reevaluated> batch) {
    List<OrganizationId> ids = batch.stream().map(r -> r.organization().id()).toList();
    Map<OrganizationId, Map<CompetencyId, CompetencyStateChange>> latest = histories.latest(ids);
    Map<OrganizationId, List<Alert>> ongoing = alerts.ongoing(ids);
    return reevaluated -> {
      OrganizationId id = reevaluated.organization().id();
      return react(
          reevaluated, latest.getOrDefault(id, Map.of()), ongoing.getOrDefault(id, List.of()));
    };
  }

  private Reaction react(
      Reevaluated reevaluated,
      Map<CompetencyId, CompetencyStateChange> latest,
      List<Alert> ongoing) {
    OrganizationId organization = reevaluated.organization().id();
    AlertsCalledFor calledFor =
        AlertsCalledFor.by(reevaluated.membership(), reevaluated.evaluated(), reevaluated.cause());
    RiskAssessment risk = calledFor.risk();
    Optional<LapseAhead> ahead = calledFor.lapseAhead();
    List<CompetencyStateChange> changes =
        CompetencyLifecycle.changes(
            latest, reevaluated.evaluation(), risk, ahead, reevaluated.cause());
    AlertSituations.Decision atRisk =
        AlertSituations.decide(
            organization,
            AlertKind.RENEWAL_AT_RISK,
            ongoing,
            calledFor
                .atRisk()
                .map(found -> Alert.renewalAtRisk(organization, found, reevaluated.day())),
            reevaluated.day());
    AlertSituations.Decision lapsing =
        AlertSituations.decide(
            organization,
            AlertKind.LAPSE_AHEAD,
            ongoing,
            ahead.map(a -> Alert.lapseAhead(organization, a, reevaluated.day())),
            reevaluated.day());
    if (changes.isEmpty() && isNone(atRisk) && isNone(lapsing)) {
      return Reaction.NONE;
    }
    return new Reaction() {
      @Override
      public boolean changesNothing() {
        return false;
      }

      @Override
      public void apply() {
        histories.append(changes);
        settle(reevaluated.organization(), atRisk);
        settle(reevaluated.organization(), lapsing);
      }
    };
  }

  private static boolean isNone(AlertSituations.Decision decision) {
    return decision.raise().isEmpty() && decision.end().isEmpty();
  }

  private void settle(Organization organization, AlertSituations.Decision decision) {
    decision.end().forEach(alerts::save);
    decision.raise().map(alerts::save).ifPresent(raised -> enqueueEmails(organization, raised));
  }

  private void enqueueEmails(Organization organization, Alert alert) {
    Instant now = clock.now();
    for (AdminContact admin : organization.admins()) {
      outbox.enqueue(
          OutboxMessage.pending(alert.id(), AlertEmails.to(admin, organization, alert), now));
    }
  }
}
