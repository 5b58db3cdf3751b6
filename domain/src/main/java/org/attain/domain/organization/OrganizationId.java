package org.attain.domain.organization;

import java.util.UUID;
import org.attain.domain.shared.Guard;

/** Identifies a partner organization. */
public record OrganizationId(UUID value) {

  public OrganizationId {
    Guard.present(value, "organizationId");
  }

  public static OrganizationId newId() {
    return new OrganizationId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
