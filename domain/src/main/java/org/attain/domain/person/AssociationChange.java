package org.attain.domain.person;

import java.time.LocalDate;
import java.util.Optional;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;

/**
 * What a change of a person's association did (R3), from {@code day}: the organization their
 * achievements stopped counting for and how, and the one they started counting for. Each may see
 * its attainment change.
 */
public record AssociationChange(
    PersonId person, LocalDate day, Optional<Departure> left, Optional<OrganizationId> joined) {

  public AssociationChange {
    Guard.present(person, "person");
    Guard.present(day, "day");
    Guard.present(left, "left");
    Guard.present(joined, "joined");
  }

  /** The organization a person stopped counting for, and how the association ended. */
  public record Departure(OrganizationId organization, AssociationEnd how) {
    public Departure {
      Guard.present(organization, "organization");
      Guard.present(how, "how");
    }
  }
}
