package org.attain.application.service;

import org.attain.application.error.NotFoundException;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Persons;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;

/** Loads what a request names, or answers that it does not exist. */
final class Lookup {

  private Lookup() {}

  static Person person(Persons persons, PersonId id) {
    return persons.findById(id).orElseThrow(() -> new NotFoundException("person", id));
  }

  static Organization organization(Organizations organizations, OrganizationId id) {
    return organizations.findById(id).orElseThrow(() -> new NotFoundException("organization", id));
  }

  static void organizationExists(Organizations organizations, OrganizationId id) {
    if (!organizations.exists(id)) {
      throw new NotFoundException("organization", id);
    }
  }
}
