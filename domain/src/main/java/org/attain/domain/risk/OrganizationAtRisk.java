package org.attain.domain.risk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;

/**
 * Issue 13, the agents' view: a paid member whose membership rests on one person (an ongoing
 * key-person warning) or lapses within the horizon asked for, as stored; nothing is evaluated.
 *
 * @param termEndsOn the last day of the latest term bought: the term in force, or the renewal
 *     already bought to follow it
 * @param daysLeft the days from today through {@code termEndsOn}, both included (0 in the renewal
 *     window)
 * @param lapsing whether the term lapses within the horizon asked for
 * @param ongoingAlerts the organization's alerts that have not ended, oldest first
 */
public record OrganizationAtRisk(
    OrganizationId organization,
    String name,
    MembershipLevel level,
    LocalDate termEndsOn,
    long daysLeft,
    boolean lapsing,
    List<OngoingAlert> ongoingAlerts) {

  /**
   * Most at risk first: resting on one person and lapsing, then lapsing only, then resting on one
   * person only; within each, the term ending soonest first; then by name and id, so that pages
   * never overlap.
   */
  public static final Comparator<OrganizationAtRisk> MOST_AT_RISK_FIRST =
      Comparator.comparingInt(OrganizationAtRisk::rank)
          .thenComparing(OrganizationAtRisk::termEndsOn)
          .thenComparing(OrganizationAtRisk::name)
          .thenComparing(o -> o.organization().value().toString());

  /** An alert of the organization that has not ended. */
  public record OngoingAlert(AlertId id, AlertKind kind, LocalDate raisedOn) {

    public OngoingAlert {
      Guard.present(id, "id");
      Guard.present(kind, "kind");
      Guard.present(raisedOn, "raisedOn");
    }
  }

  public OrganizationAtRisk {
    Guard.present(organization, "organizationId");
    Guard.present(name, "name");
    Guard.check(
        Guard.present(level, "level") != MembershipLevel.NETWORK,
        "level",
        "an organization at risk has a paid level");
    Guard.present(termEndsOn, "termEndsOn");
    Guard.check(daysLeft >= 0, "daysLeft", "daysLeft must not be negative");
    ongoingAlerts =
        Guard.present(ongoingAlerts, "ongoingAlerts").stream()
            .sorted(Comparator.comparing(OngoingAlert::raisedOn).thenComparing(OngoingAlert::kind))
            .toList();
    Guard.check(
        lapsing || restsOnOnePerson(ongoingAlerts).isPresent(),
        "lapsing",
        "an organization at risk rests on one person or lapses within the horizon");
  }

  /** The row of a paid member, its days left and lapsing read against {@code horizon}. */
  public static OrganizationAtRisk of(
      OrganizationId organization,
      String name,
      MembershipLevel level,
      LocalDate termEndsOn,
      List<OngoingAlert> ongoingAlerts,
      LapseHorizon horizon) {
    return new OrganizationAtRisk(
        organization,
        name,
        level,
        termEndsOn,
        horizon.daysLeft(termEndsOn),
        horizon.lapsesWithin(termEndsOn),
        ongoingAlerts);
  }

  /** Since when the membership rests on one person: the ongoing key-person warning's day. */
  public Optional<LocalDate> restsOnOnePersonSince() {
    return restsOnOnePerson(ongoingAlerts);
  }

  private static Optional<LocalDate> restsOnOnePerson(List<OngoingAlert> ongoingAlerts) {
    return ongoingAlerts.stream()
        .filter(a -> a.kind() == AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON)
        .map(OngoingAlert::raisedOn)
        .findFirst();
  }

  /** 0: resting on one person and lapsing; 1: lapsing only; 2: resting on one person only. */
  public int rank() {
    boolean restsOnOnePerson = restsOnOnePersonSince().isPresent();
    if (lapsing) {
      return restsOnOnePerson ? 0 : 1;
    }
    return 2;
  }
}
