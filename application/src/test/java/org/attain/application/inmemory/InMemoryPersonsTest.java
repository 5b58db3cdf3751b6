package org.attain.application.inmemory;

import org.attain.application.contract.PersonsContract;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Persons;

/** The in-memory persons honour the store contract. */
class InMemoryPersonsTest extends PersonsContract {

  private final InMemoryPersons persons = new InMemoryPersons();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected Persons persons() {
    return persons;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
