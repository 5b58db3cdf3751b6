package org.attain.domain.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.NotPermittedException;
import org.attain.domain.shared.RuleViolationException;
import org.attain.domain.shared.StateConflictException;

/**
 * An individual with their own account, and the history of the organizations their achievements
 * counted for (R3). Achievements belong to the person, so they follow every association.
 */
public final class Person {

  public static final int MAX_NAME_LENGTH = 200;

  private final PersonId id;
  private final String name;
  private final EmailAddress email;
  private final List<Association> associations;
  private final Long version;

  private Person(
      PersonId id, String name, EmailAddress email, List<Association> associations, Long version) {
    this.id = Guard.present(id, "personId");
    this.name = Guard.text(name, "name", MAX_NAME_LENGTH);
    this.email = Guard.present(email, "email");
    this.associations = new ArrayList<>(Guard.present(associations, "associations"));
    Guard.check(
        this.associations.stream().filter(Association::isOpen).count() <= 1,
        "associations",
        "a person is associated with at most one organization at a time");
    this.version = version;
  }

  /** A new person, not yet stored and associated with no organization. */
  public static Person register(String name, EmailAddress email) {
    return new Person(PersonId.newId(), name, email, List.of(), null);
  }

  /** A person as stored, with the optimistic-locking version of that state. */
  public static Person restore(
      PersonId id, String name, EmailAddress email, List<Association> associations, long version) {
    return new Person(id, name, email, associations, version);
  }

  /**
   * R3: the person associates their achievements with {@code organization} from {@code day},
   * leaving the current organization if any. Only the person themself may do it, within the policy.
   */
  public AssociationChange associateWith(
      OrganizationId organization, LocalDate day, PersonId requester, AssociationPolicy policy) {
    requireSelf(requester, "only the person can associate their achievements");
    Guard.present(organization, "organizationId");
    requireNotBeforeLastChange(day);
    if (currentOrganization().filter(organization::equals).isPresent()) {
      throw new StateConflictException(
          "already-associated", "the person is already associated with this organization");
    }
    policy.checkNewAssociation(associations, day);
    Optional<AssociationChange.Departure> left = endCurrent(day, AssociationEnd.MOVED);
    associations.add(Association.open(organization, day));
    return new AssociationChange(id, day, left, Optional.of(organization));
  }

  /** R3: the person stops counting for their organization on {@code day}; only they may do it. */
  public AssociationChange leave(LocalDate day, PersonId requester) {
    requireSelf(requester, "only the person can dissociate their achievements");
    requireNotBeforeLastChange(day);
    AssociationChange.Departure left =
        endCurrent(day, AssociationEnd.LEFT)
            .orElseThrow(
                () ->
                    new StateConflictException(
                        "not-associated", "the person is not associated with any organization"));
    return new AssociationChange(id, day, Optional.of(left), Optional.empty());
  }

  /**
   * R3: an admin of {@code organization} removes a person who has left the company. Whether the
   * requester administers that organization is checked before; here, the person must be in it.
   */
  public AssociationChange removeFrom(OrganizationId organization, LocalDate day) {
    if (currentOrganization().filter(organization::equals).isEmpty()) {
      throw new StateConflictException(
          "not-associated", "the person is not associated with this organization");
    }
    requireNotBeforeLastChange(day);
    return new AssociationChange(
        id, day, endCurrent(day, AssociationEnd.REMOVED_BY_ADMIN), Optional.empty());
  }

  public Optional<OrganizationId> currentOrganization() {
    return currentAssociation().map(Association::organization);
  }

  /** The organization the person's achievements counted for on {@code day}, if any. */
  public Optional<OrganizationId> organizationOn(LocalDate day) {
    return associations.stream()
        .filter(a -> a.coversDay(day))
        .map(Association::organization)
        .findFirst();
  }

  private Optional<Association> currentAssociation() {
    return associations.stream().filter(Association::isOpen).findFirst();
  }

  private Optional<AssociationChange.Departure> endCurrent(LocalDate day, AssociationEnd reason) {
    return currentAssociation()
        .map(
            open -> {
              associations.set(associations.indexOf(open), open.endedOn(day, reason));
              return new AssociationChange.Departure(open.organization(), reason);
            });
  }

  private void requireSelf(PersonId requester, String message) {
    if (!id.equals(requester)) {
      throw new NotPermittedException("only-the-person", message);
    }
  }

  private void requireNotBeforeLastChange(LocalDate day) {
    Guard.present(day, "day");
    associations.stream()
        .map(a -> a.endedOn().orElse(a.since()))
        .filter(day::isBefore)
        .findAny()
        .ifPresent(
            last -> {
              throw new RuleViolationException(
                  "change-before-last-association",
                  "an association change cannot take effect before the last one, on " + last);
            });
  }

  public PersonId id() {
    return id;
  }

  public String name() {
    return name;
  }

  public EmailAddress email() {
    return email;
  }

  /** Every association, oldest first; the history is never rewritten, only extended. */
  public List<Association> associations() {
    return List.copyOf(associations);
  }

  /** The version of the stored state this person was read from; empty for a new person. */
  public Optional<Long> version() {
    return Optional.ofNullable(version);
  }
}
