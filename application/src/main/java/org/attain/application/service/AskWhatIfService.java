package org.attain.application.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attain.application.error.ScenarioRefusedException;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.AskWhatIf;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.port.out.WarningSettings;
import org.attain.application.reevaluation.AlertsCalledFor;
import org.attain.application.reevaluation.Evaluated;
import org.attain.application.reevaluation.Evaluations;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.evaluation.AttainmentEvaluator;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipPolicy;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertPerson;
import org.attain.domain.risk.KeyPersonWarning;
import org.attain.domain.risk.RecordedCause;
import org.attain.domain.shared.InvalidValueException;
import org.attain.domain.whatif.Scenario;
import org.attain.domain.whatif.ScenarioChange;
import org.attain.domain.whatif.ScenarioOutcome;
import org.attain.domain.whatif.Situation;
import org.attain.domain.whatif.WhatIf;

/**
 * Issue 13: applies a question's changes to the facts of a day and answers what the engine and the
 * membership and alert rules would then decide, inside a read: nothing is written.
 */
public final class AskWhatIfService implements AskWhatIf {

  private static final WhatIf WHAT_IF = new WhatIf(new AttainmentEvaluator());

  private final Evaluations evaluations;
  private final Memberships memberships;
  private final Persons persons;
  private final Achievements achievements;
  private final Alerts alerts;
  private final WarningSettings warnings;
  private final MembershipPolicy policy;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;

  public AskWhatIfService(
      Evaluations evaluations,
      Memberships memberships,
      Persons persons,
      Achievements achievements,
      Alerts alerts,
      WarningSettings warnings,
      MembershipPolicy policy,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {
    this.evaluations = evaluations;
    this.memberships = memberships;
    this.persons = persons;
    this.achievements = achievements;
    this.alerts = alerts;
    this.warnings = warnings;
    this.policy = policy;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Answer ask(Actor actor, OrganizationId organization, Question question) {
    Access.requireAgentOrAdminOf(actor, organization);
    LocalDate day = question.asOf().orElseGet(clock::today);
    return unitOfWork.read(() -> answer(organization, day, question.changes()));
  }

  private Answer answer(OrganizationId organization, LocalDate day, List<Change> asked) {
    Evaluated now = evaluations.of(organization, day);
    Situation situation = new Situation(now.facts(), now.catalog());
    ScenarioChanges resolver = new ScenarioChanges(persons, achievements, now.catalogs());
    Situation then = situation;
    List<ScenarioChange> changes = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      ScenarioChange change = resolver.resolve(i, asked.get(i), then);
      try {
        then = Scenario.of(change).applyTo(then);
      } catch (InvalidValueException refused) {
        throw new ScenarioRefusedException(
            i, ScenarioChanges.property(asked.get(i)), refused.getMessage());
      }
      changes.add(change);
    }
    ScenarioOutcome outcome = WHAT_IF.compare(now.evaluation(), situation, new Scenario(changes));
    Evaluated evaluatedThen =
        new Evaluated(then.facts(), now.catalogs(), then.catalog(), outcome.then());
    Membership membership =
        memberships
            .findByOrganization(organization)
            .orElseGet(() -> Membership.network(organization));
    List<Alert> ongoingAlerts = alerts.ongoing(organization);
    List<AlertKind> ongoing = ongoingAlerts.stream().map(Alert::kind).toList();
    AlertsCalledFor calledFor =
        AlertsCalledFor.by(membership, evaluatedThen, new ChangeCause.TimePassed(day));
    List<Alerting> alerting = new ArrayList<>();
    calledFor
        .atRisk()
        .ifPresent(
            risk ->
                alerting.add(
                    new Alerting(
                        AlertKind.RENEWAL_AT_RISK,
                        risk.level(),
                        Optional.empty(),
                        List.of(),
                        !ongoing.contains(AlertKind.RENEWAL_AT_RISK))));
    calledFor
        .lapseAhead()
        .ifPresent(
            ahead ->
                alerting.add(
                    new Alerting(
                        AlertKind.LAPSE_AHEAD,
                        ahead.then().level(),
                        Optional.of(ahead.lapsesOn()),
                        List.of(),
                        !ongoing.contains(AlertKind.LAPSE_AHEAD))));
    // Issue 13: the analysis runs only where the warning can apply (a paid level, not turned off).
    KeyPersonWarning.find(
            membership.levelOn(day),
            warnings.of(organization),
            outcome.then(),
            evaluatedThen::analysis)
        .ifPresent(
            rests ->
                alerting.add(
                    new Alerting(
                        AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON,
                        rests.level(),
                        Optional.empty(),
                        rests.keyPersons(),
                        wouldBeRaised(organization, day, rests, ongoingAlerts))));
    return new Answer(
        organization,
        now.catalog(),
        then.catalog(),
        outcome,
        membership.levelOn(day),
        membership.renewalOn(day, outcome.then(), policy),
        alerting,
        ongoing,
        evaluations.names(
            alerting.stream().flatMap(a -> a.keyPersons().stream()).distinct().toList()));
  }

  /** Whether no ongoing warning is of this situation already (the same level and persons). */
  private static boolean wouldBeRaised(
      OrganizationId organization,
      LocalDate day,
      KeyPersonWarning.RestsOnOnePerson rests,
      List<Alert> ongoing) {
    Alert candidate =
        Alert.membershipRestsOnOnePerson(
            organization,
            rests.level(),
            rests.keyPersons().stream().map(p -> new AlertPerson(p, p.toString())).toList(),
            RecordedCause.of(new ChangeCause.TimePassed(day)),
            day);
    return ongoing.stream().noneMatch(a -> a.sameSituationAs(candidate));
  }
}
