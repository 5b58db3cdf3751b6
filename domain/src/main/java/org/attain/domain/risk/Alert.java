package org.attain.domain.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/**
 * R6: a warning to an organization's admins that its renewal is at risk, or will be. Its situation
 * is ongoing until an evaluation no longer finds it ({@code endedOn}); the admins acknowledge it
 * independently of that. An acknowledged alert stays readable.
 *
 * @param level the paid level at risk
 * @param lapsesOn for {@link AlertKind#LAPSE_AHEAD}, the first day renewal would be at risk
 * @param lapsing for {@link AlertKind#LAPSE_AHEAD}, which counted achievements stop counting when,
 *     and which overrides a carrying level rests on end when
 * @param nowShort the counted competencies and what each now lacks (as of {@code lapsesOn} for a
 *     lapse ahead)
 * @param restoreBy the competencies nearest to the level, any one of which restores eligibility
 * @param keyPersons for {@link AlertKind#MEMBERSHIP_RESTS_ON_ONE_PERSON}, the persons the level
 *     rests on (any one of whom leaving alone loses it), by id; empty for every other kind
 * @param acknowledgement who acknowledged it and when, {@code null} while open
 * @param endedOn the day an evaluation first found the situation over, {@code null} while ongoing
 * @param version the optimistic-locking version of the stored state, {@code null} until stored
 */
public record Alert(
    AlertId id,
    OrganizationId organization,
    AlertKind kind,
    MembershipLevel level,
    RecordedCause cause,
    LocalDate raisedOn,
    LocalDate lapsesOn,
    List<String> lapsing,
    List<AlertShortfall> nowShort,
    List<AlertShortfall> restoreBy,
    List<AlertPerson> keyPersons,
    Acknowledgement acknowledgement,
    LocalDate endedOn,
    Long version) {

  public Alert {
    Guard.present(id, "alertId");
    Guard.present(organization, "organizationId");
    Guard.present(kind, "kind");
    Guard.present(level, "level");
    Guard.check(level.isPaid(), "level", "only a paid level can be at risk");
    Guard.present(cause, "cause");
    Guard.present(raisedOn, "raisedOn");
    Guard.check(
        (kind == AlertKind.LAPSE_AHEAD) == (lapsesOn != null),
        "lapsesOn",
        "lapsesOn is given for a lapse ahead, and only for one");
    lapsing = List.copyOf(Guard.present(lapsing, "lapsing"));
    nowShort = List.copyOf(Guard.present(nowShort, "nowShort"));
    restoreBy = List.copyOf(Guard.present(restoreBy, "restoreBy"));
    keyPersons = List.copyOf(Guard.present(keyPersons, "keyPersons"));
    Guard.check(
        (kind == AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON) == !keyPersons.isEmpty(),
        "keyPersons",
        "keyPersons are named for a membership resting on one person, and only for one");
    Guard.check(
        endedOn == null || !endedOn.isBefore(raisedOn),
        "endedOn",
        "endedOn must not precede raisedOn");
  }

  /** A new alert that renewal is at risk from {@code day}, not yet stored. */
  public static Alert renewalAtRisk(
      OrganizationId organization, RiskAssessment.AtRisk risk, LocalDate day) {
    return new Alert(
        AlertId.newId(),
        organization,
        AlertKind.RENEWAL_AT_RISK,
        risk.level(),
        RecordedCause.of(risk.cause()),
        day,
        null,
        List.of(),
        risk.nowShort().stream().map(AlertShortfall::of).toList(),
        risk.restoreBy().stream().map(AlertShortfall::of).toList(),
        List.of(),
        null,
        null,
        null);
  }

  /** A new warning, raised on {@code day}, that renewal will be at risk, not yet stored. */
  public static Alert lapseAhead(OrganizationId organization, LapseAhead ahead, LocalDate day) {
    return new Alert(
        AlertId.newId(),
        organization,
        AlertKind.LAPSE_AHEAD,
        ahead.then().level(),
        RecordedCause.of(ahead.then().cause()),
        day,
        ahead.lapsesOn(),
        Stream.concat(
                ahead.lapsing().stream().map(Alert::lapse),
                ahead.endingOverrides().stream().map(OverrideEnding::describe))
            .toList(),
        ahead.then().nowShort().stream().map(AlertShortfall::of).toList(),
        ahead.then().restoreBy().stream().map(AlertShortfall::of).toList(),
        List.of(),
        null,
        null,
        null);
  }

  /**
   * Issue 13: a new warning, raised on {@code day}, that the paid {@code level} rests on {@code
   * keyPersons} (robustness 1), not yet stored.
   */
  public static Alert membershipRestsOnOnePerson(
      OrganizationId organization,
      MembershipLevel level,
      List<AlertPerson> keyPersons,
      RecordedCause cause,
      LocalDate day) {
    return new Alert(
        AlertId.newId(),
        organization,
        AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON,
        level,
        cause,
        day,
        null,
        List.of(),
        List.of(),
        List.of(),
        keyPersons,
        null,
        null,
        null);
  }

  /**
   * Whether {@code other} warns of the same situation: the same kind and, for a membership resting
   * on one person, the same level and the same persons (another person is another warning).
   */
  public boolean sameSituationAs(Alert other) {
    if (kind != other.kind()) {
      return false;
    }
    if (kind != AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON) {
      return true;
    }
    return level == other.level() && personIds().equals(other.personIds());
  }

  private Set<PersonId> personIds() {
    return keyPersons.stream().map(AlertPerson::person).collect(Collectors.toSet());
  }

  public AlertStatus status() {
    return acknowledgement == null ? AlertStatus.OPEN : AlertStatus.ACKNOWLEDGED;
  }

  /** Whether the situation it warns of still holds, as far as the last evaluation saw. */
  public boolean ongoing() {
    return endedOn == null;
  }

  /** Acknowledged by {@code by} on {@code on}; acknowledging again keeps the first. */
  public Alert acknowledge(String by, LocalDate on) {
    if (acknowledgement != null) {
      return this;
    }
    return new Alert(
        id,
        organization,
        kind,
        level,
        cause,
        raisedOn,
        lapsesOn,
        lapsing,
        nowShort,
        restoreBy,
        keyPersons,
        new Acknowledgement(by, on),
        endedOn,
        version);
  }

  /** The situation found over on {@code day}; an ended alert stays ended. */
  public Alert ended(LocalDate day) {
    Guard.present(day, "day");
    if (endedOn != null) {
      return this;
    }
    return new Alert(
        id,
        organization,
        kind,
        level,
        cause,
        raisedOn,
        lapsesOn,
        lapsing,
        nowShort,
        restoreBy,
        keyPersons,
        acknowledgement,
        day.isBefore(raisedOn) ? raisedOn : day,
        version);
  }

  public Optional<Acknowledgement> acknowledged() {
    return Optional.ofNullable(acknowledgement);
  }

  private static String lapse(Achievement achievement) {
    return "%s earned on %s stops counting"
        .formatted(achievement.code().value(), achievement.earnedOn());
  }
}
