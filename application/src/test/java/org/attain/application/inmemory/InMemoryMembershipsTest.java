package org.attain.application.inmemory;

import org.attain.application.contract.MembershipsContract;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.Organizations;

/** The in-memory memberships honour the store contract. */
class InMemoryMembershipsTest extends MembershipsContract {

  private final InMemoryMemberships memberships = new InMemoryMemberships();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected Memberships memberships() {
    return memberships;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
