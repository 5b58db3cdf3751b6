package org.attain.application.reevaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Evidence;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.WarningSettings;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AssignmentAnalysis;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.Reinforcement;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertPerson;
import org.attain.domain.risk.AlertSituations;
import org.attain.domain.risk.KeyPersonWarning;
import org.attain.domain.risk.RecordedCause;
import org.attain.domain.risk.Warnings;

/**
 * Issue 13: after each re-evaluation, raises the warning that a paid membership rests on one key
 * person, naming them, or ends it once it no longer does (robustness above 1, the level no longer
 * carried, no paid level, or the warning turned off); a new warning puts one email per admin
 * contact in the outbox. The assignments are analysed only for the organizations the warning can
 * apply to. A batch costs a fixed number of reads: the warning settings, the ongoing alerts, and
 * the names of the persons that new warnings name.
 */
public final class KeyPersonWatch implements ReevaluationObserver {

  private static final AlertKind KIND = AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON;

  private final Alerts alerts;
  private final WarningSettings settings;
  private final Evidence evidence;
  private final Outbox outbox;
  private final ProgrammeClock clock;

  public KeyPersonWatch(
      Alerts alerts,
      WarningSettings settings,
      Evidence evidence,
      Outbox outbox,
      ProgrammeClock clock) {
    this.alerts = alerts;
    this.settings = settings;
    this.evidence = evidence;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "key person";
  }

  /** What the day's facts call for, and the analysis it came from (none when not run). */
  private record Found(
      MembershipLevel held,
      Optional<KeyPersonWarning.RestsOnOnePerson> restsOnOne,
      AssignmentAnalysis analysis) {}

  @Override
  public Kept read(List<Reevaluated> batch) {
    List<OrganizationId> ids = batch.stream().map(r -> r.organization().id()).toList();
    List<OrganizationId> paid =
        batch.stream().filter(r -> held(r).isPaid()).map(r -> r.organization().id()).toList();
    Map<OrganizationId, Warnings> chosen = paid.isEmpty() ? Map.of() : settings.of(paid);
    Map<OrganizationId, List<Alert>> ongoing = ids.isEmpty() ? Map.of() : alerts.ongoing(ids);
    Map<OrganizationId, Found> found = new HashMap<>();
    Set<PersonId> toName = new LinkedHashSet<>();
    for (Reevaluated reevaluated : batch) {
      OrganizationId id = reevaluated.organization().id();
      Found f = find(reevaluated, chosen.getOrDefault(id, Warnings.DEFAULT));
      found.put(id, f);
      f.restsOnOne()
          .filter(rests -> isNew(reevaluated, rests, ongoing.getOrDefault(id, List.of())))
          .ifPresent(rests -> toName.addAll(rests.keyPersons()));
    }
    Map<PersonId, String> names = toName.isEmpty() ? Map.of() : evidence.names(toName);
    return reevaluated -> {
      OrganizationId id = reevaluated.organization().id();
      return react(reevaluated, found.get(id), ongoing.getOrDefault(id, List.of()), names);
    };
  }

  private static MembershipLevel held(Reevaluated reevaluated) {
    return reevaluated.membership().levelOn(reevaluated.day());
  }

  private static Found find(Reevaluated reevaluated, Warnings warnings) {
    MembershipLevel held = held(reevaluated);
    AssignmentAnalysis[] analysis = new AssignmentAnalysis[1];
    Optional<KeyPersonWarning.RestsOnOnePerson> rests =
        KeyPersonWarning.find(
            held,
            warnings,
            reevaluated.evaluation(),
            () -> analysis[0] = reevaluated.evaluated().analysis());
    return new Found(held, rests, analysis[0]);
  }

  /** Whether no ongoing warning is of this situation already (the same level and persons). */
  private static boolean isNew(
      Reevaluated reevaluated, KeyPersonWarning.RestsOnOnePerson rests, List<Alert> ongoing) {
    Alert candidate = warning(reevaluated, rests, Map.of());
    return ongoing.stream().noneMatch(a -> a.sameSituationAs(candidate));
  }

  private static Alert warning(
      Reevaluated reevaluated,
      KeyPersonWarning.RestsOnOnePerson rests,
      Map<PersonId, String> names) {
    return Alert.membershipRestsOnOnePerson(
        reevaluated.organization().id(),
        rests.level(),
        named(rests.keyPersons(), names),
        RecordedCause.of(reevaluated.cause()),
        reevaluated.day());
  }

  private Reaction react(
      Reevaluated reevaluated, Found found, List<Alert> ongoing, Map<PersonId, String> names) {
    OrganizationId organization = reevaluated.organization().id();
    AlertSituations.Decision decision =
        AlertSituations.decide(
            organization,
            KIND,
            ongoing,
            found.restsOnOne().map(rests -> warning(reevaluated, rests, names)),
            reevaluated.day());
    if (decision.raise().isEmpty() && decision.end().isEmpty()) {
      return Reaction.NONE;
    }
    return new Reaction() {
      @Override
      public boolean changesNothing() {
        return false;
      }

      @Override
      public void apply() {
        decision.end().forEach(alerts::save);
        decision
            .raise()
            .map(alerts::save)
            .ifPresent(raised -> enqueueEmails(reevaluated, raised, raisedBy(found)));
      }
    };
  }

  /** The persons with their names; one whose name could not be read is named by their id. */
  private static List<AlertPerson> named(List<PersonId> persons, Map<PersonId, String> names) {
    List<AlertPerson> named = new ArrayList<>();
    for (PersonId person : persons) {
      named.add(new AlertPerson(person, names.getOrDefault(person, person.toString())));
    }
    return named;
  }

  /** What one more person could hold to raise the robustness, asked only for a new warning. */
  private static List<Reinforcement> raisedBy(Found found) {
    if (found.analysis() == null) {
      return List.of();
    }
    Level needed =
        found.held().competencyNeeded() == AttainedLevel.GOLD ? Level.GOLD : Level.SILVER;
    return found.analysis().reinforcementsOfAny(needed);
  }

  private void enqueueEmails(Reevaluated reevaluated, Alert alert, List<Reinforcement> raisedBy) {
    Instant now = clock.now();
    for (AdminContact admin : reevaluated.organization().admins()) {
      outbox.enqueue(
          OutboxMessage.pending(
              alert.id(),
              KeyPersonEmails.to(admin, reevaluated.organization(), alert, raisedBy),
              now));
    }
  }
}
