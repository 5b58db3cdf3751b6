package org.attain.domain.person;

import java.time.LocalDate;
import java.util.Optional;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;

/**
 * One period during which a person's achievements counted for an organization: from {@code since}
 * (inclusive) to {@code until} (exclusive), open while {@code until} is absent.
 */
public record Association(
    OrganizationId organization, LocalDate since, LocalDate until, AssociationEnd end) {

  public Association {
    Guard.present(organization, "organizationId");
    Guard.present(since, "since");
    Guard.check((until == null) == (end == null), "until", "an ended association has a reason");
    Guard.check(until == null || !until.isBefore(since), "until", "until must not precede since");
  }

  static Association open(OrganizationId organization, LocalDate since) {
    return new Association(organization, since, null, null);
  }

  Association endedOn(LocalDate day, AssociationEnd reason) {
    return new Association(organization, since, day, reason);
  }

  public boolean isOpen() {
    return until == null;
  }

  public boolean coversDay(LocalDate day) {
    return !day.isBefore(since) && (until == null || day.isBefore(until));
  }

  public Optional<LocalDate> endedOn() {
    return Optional.ofNullable(until);
  }
}
