package org.attain.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.CompetencyHistories;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.port.out.Persons;
import org.attain.application.reaction.AttainmentObserver;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.Organization;
import org.attain.domain.person.Person;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertSituations;
import org.attain.domain.risk.CompetencyLifecycle;
import org.attain.domain.risk.LapseAhead;
import org.attain.domain.risk.LapseLookAhead;
import org.attain.domain.risk.RenewalRisk;
import org.attain.domain.risk.RiskAssessment;

/**
 * R6: after each re-evaluation, records the competency history, raises or ends the renewal-risk and
 * lapse-ahead alerts, and puts one email per admin contact of a new alert in the outbox: all in the
 * unit of work of the change, so none of it is lost or written without the change.
 */
public final class RenewalRiskWatch implements AttainmentObserver {

  private final Persons persons;
  private final Achievements achievements;
  private final OrganizationEvaluator evaluator;
  private final Alerts alerts;
  private final CompetencyHistories histories;
  private final Outbox outbox;
  private final Clock clock;

  /** The engine for a later day and what it reads, the stores it writes, the outbox's clock. */
  public RenewalRiskWatch(
      Persons persons,
      Achievements achievements,
      OrganizationEvaluator evaluator,
      Alerts alerts,
      CompetencyHistories histories,
      Outbox outbox,
      Clock clock) {
    this.persons = persons;
    this.achievements = achievements;
    this.evaluator = evaluator;
    this.alerts = alerts;
    this.histories = histories;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public void reevaluated(Reevaluated reevaluated) {
    Organization organization = reevaluated.organization();
    LocalDate day = reevaluated.evaluation().date();
    RiskAssessment risk =
        RenewalRisk.assess(reevaluated.membership(), reevaluated.evaluation(), reevaluated.cause());
    Optional<LapseAhead> ahead =
        risk instanceof RiskAssessment.Safe ? lookAhead(reevaluated) : Optional.empty();
    histories.append(
        CompetencyLifecycle.changes(
            histories.latest(organization.id()),
            reevaluated.evaluation(),
            risk,
            ahead,
            reevaluated.cause()));
    List<Alert> ongoing = alerts.ongoing(organization.id());
    settle(
        organization,
        AlertKind.RENEWAL_AT_RISK,
        ongoing,
        risk instanceof RiskAssessment.AtRisk atRisk
            ? Optional.of(Alert.renewalAtRisk(organization.id(), atRisk, day))
            : Optional.empty(),
        day);
    settle(
        organization,
        AlertKind.LAPSE_AHEAD,
        ongoing,
        ahead.map(a -> Alert.lapseAhead(organization.id(), a, day)),
        day);
  }

  /** The same facts evaluated by the engine on the days counted achievements lapse. */
  private Optional<LapseAhead> lookAhead(Reevaluated reevaluated) {
    Organization organization = reevaluated.organization();
    LocalDate day = reevaluated.evaluation().date();
    List<Achievement> held =
        achievements.heldBy(
            persons.associatedOn(organization.id(), day).stream().map(Person::id).toList());
    return LapseLookAhead.warn(
        reevaluated.membership(),
        reevaluated.evaluation(),
        held,
        reevaluated.catalog(),
        later -> evaluator.evaluate(organization, later).evaluation(),
        reevaluated.cause());
  }

  private void settle(
      Organization organization,
      AlertKind kind,
      List<Alert> ongoing,
      Optional<Alert> found,
      LocalDate day) {
    AlertSituations.Decision decision =
        AlertSituations.decide(organization.id(), kind, ongoing, found, day);
    decision.end().forEach(alerts::save);
    decision.raise().map(alerts::save).ifPresent(raised -> enqueueEmails(organization, raised));
  }

  private void enqueueEmails(Organization organization, Alert alert) {
    Instant now = clock.instant();
    for (AdminContact admin : organization.admins()) {
      outbox.enqueue(
          OutboxMessage.pending(alert.id(), AlertEmails.to(admin, organization, alert), now));
    }
  }
}
