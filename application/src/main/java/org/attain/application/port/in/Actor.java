package org.attain.application.port.in;

import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/** Who asks for a use case, as established by the inbound adapter's authentication. */
public sealed interface Actor {

  /** Programme staff: manages organizations, persons, achievements, overrides and the catalog. */
  record Agent(String subject) implements Actor {
    public Agent {
      Guard.text(subject, "subject", 255);
    }
  }

  /** An admin of one partner organization: reads and manages that organization only. */
  record PartnerAdmin(String subject, OrganizationId organization) implements Actor {
    public PartnerAdmin {
      Guard.text(subject, "subject", 255);
      Guard.present(organization, "organization");
    }

    public boolean administers(OrganizationId candidate) {
      return organization.equals(candidate);
    }
  }

  /** A person acting on their own account. */
  record PersonAccount(PersonId person) implements Actor {
    public PersonAccount {
      Guard.present(person, "person");
    }
  }
}
