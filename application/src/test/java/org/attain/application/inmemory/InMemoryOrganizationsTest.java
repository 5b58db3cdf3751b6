package org.attain.application.inmemory;

import org.attain.application.contract.OrganizationsContract;
import org.attain.application.port.out.Organizations;

/** The in-memory organizations honour the store contract. */
class InMemoryOrganizationsTest extends OrganizationsContract {

  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
