package org.attain.domain.override;

import java.time.LocalDate;
import java.util.Optional;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ProgrammeDates;
import org.attain.domain.shared.StateConflictException;

/**
 * R7: a programme agent's override of an achievement in a competency for an organization. It holds
 * from {@link #startsOn()} through {@link #lastDay()}, both included, unless revoked earlier; on
 * the day after, the status reverts to what the evidence gives, without any job having to run,
 * since the engine asks {@link #holdsOn(LocalDate)} for the day it evaluates. Who granted it, why,
 * when and until when are kept, as is who revoked it and why.
 */
public final class AgentOverride {

  public static final int MAX_AGENT_LENGTH = 200;
  public static final int MAX_REASON_LENGTH = 2000;

  private final OverrideId id;
  private final OrganizationId organization;
  private final CompetencyId competency;
  private final OverrideGrant grant;
  private final String agent;
  private final String reason;
  private final LocalDate grantedOn;
  private final LocalDate startsOn;
  private final LocalDate lastDay;
  private Revocation revocation;
  private final Long version;

  private AgentOverride(
      OverrideId id,
      OrganizationId organization,
      CompetencyId competency,
      OverrideGrant grant,
      String agent,
      String reason,
      LocalDate grantedOn,
      LocalDate startsOn,
      LocalDate lastDay,
      Revocation revocation,
      Long version) {
    this.id = Guard.present(id, "overrideId");
    this.organization = Guard.present(organization, "organizationId");
    this.competency = Guard.present(competency, "competencyId");
    this.grant = Guard.present(grant, "grant");
    this.agent = Guard.text(agent, "agent", MAX_AGENT_LENGTH);
    this.reason = Guard.multilineText(reason, "reason", MAX_REASON_LENGTH);
    this.grantedOn = Guard.present(grantedOn, "grantedOn");
    this.startsOn = ProgrammeDates.check(Guard.present(startsOn, "startsOn"), "startsOn");
    this.lastDay = ProgrammeDates.check(Guard.present(lastDay, "lastDay"), "lastDay");
    Guard.check(!lastDay.isBefore(startsOn), "lastDay", "lastDay must not precede startsOn");
    this.revocation = revocation;
    this.version = version;
  }

  /**
   * An override an agent grants on {@code today}, holding from {@code startsOn} (today when absent)
   * through {@code requestedLastDay} (by default three months after the start, see {@link
   * OverridePolicy}).
   */
  public static AgentOverride grant(
      OrganizationId organization,
      CompetencyId competency,
      OverrideGrant grant,
      String agent,
      String reason,
      LocalDate today,
      LocalDate startsOn,
      LocalDate requestedLastDay,
      OverridePolicy policy) {
    Guard.present(today, "today");
    Guard.present(policy, "policy");
    ProgrammeDates.check(startsOn, "startsOn");
    ProgrammeDates.check(requestedLastDay, "lastDay");
    LocalDate start = startsOn == null ? today : startsOn;
    Guard.check(!start.isBefore(today), "startsOn", "startsOn must not be in the past");
    return new AgentOverride(
        OverrideId.newId(),
        organization,
        competency,
        grant,
        agent,
        reason,
        today,
        start,
        policy.lastDay(start, requestedLastDay),
        null,
        null);
  }

  /** An override as stored, with the optimistic-locking version of that state. */
  public static AgentOverride restore(
      OverrideId id,
      OrganizationId organization,
      CompetencyId competency,
      OverrideGrant grant,
      String agent,
      String reason,
      LocalDate grantedOn,
      LocalDate startsOn,
      LocalDate lastDay,
      Revocation revocation,
      long version) {
    return new AgentOverride(
        id,
        organization,
        competency,
        grant,
        agent,
        reason,
        grantedOn,
        startsOn,
        lastDay,
        revocation,
        version);
  }

  /** Whether the override counts on {@code day}: inside its days and not revoked by then. */
  public boolean holdsOn(LocalDate day) {
    Guard.present(day, "day");
    return !day.isBefore(startsOn)
        && !day.isAfter(lastDay)
        && (revocation == null || day.isBefore(revocation.revokedOn()));
  }

  /**
   * The last day it holds, revocation considered: the day before it was revoked, if earlier than
   * its planned last day. Empty when revoked before it started.
   */
  public Optional<LocalDate> effectiveLastDay() {
    if (revocation == null) {
      return Optional.of(lastDay);
    }
    LocalDate dayBefore = revocation.revokedOn().minusDays(1);
    LocalDate last = dayBefore.isBefore(lastDay) ? dayBefore : lastDay;
    return last.isBefore(startsOn) ? Optional.empty() : Optional.of(last);
  }

  /**
   * An agent ends the override early: from {@code today} it no longer counts.
   *
   * @throws StateConflictException when it was revoked already or has ended
   */
  public void revoke(String revokingAgent, String revocationReason, LocalDate today) {
    Guard.present(today, "today");
    if (revocation != null) {
      throw new StateConflictException(
          "override-already-revoked", "the override was revoked on " + revocation.revokedOn());
    }
    if (today.isAfter(lastDay)) {
      throw new StateConflictException(
          "override-ended", "the override ended on " + lastDay + "; there is nothing to revoke");
    }
    revocation = new Revocation(revokingAgent, revocationReason, today);
  }

  public OverrideId id() {
    return id;
  }

  public OrganizationId organization() {
    return organization;
  }

  public CompetencyId competency() {
    return competency;
  }

  public OverrideGrant grant() {
    return grant;
  }

  /** The agent who granted it, as their token names them. */
  public String agent() {
    return agent;
  }

  public String reason() {
    return reason;
  }

  public LocalDate grantedOn() {
    return grantedOn;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  /** The last day it holds as granted, included. */
  public LocalDate lastDay() {
    return lastDay;
  }

  public Optional<Revocation> revocation() {
    return Optional.ofNullable(revocation);
  }

  /** The version of the stored state this override was read from; empty for a new one. */
  public Optional<Long> version() {
    return Optional.ofNullable(version);
  }
}
