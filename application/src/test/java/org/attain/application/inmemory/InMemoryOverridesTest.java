package org.attain.application.inmemory;

import org.attain.application.contract.OverridesContract;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Overrides;

/** The in-memory store honours the Overrides contract. */
class InMemoryOverridesTest extends OverridesContract {

  private final InMemoryOverrides store = new InMemoryOverrides();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected Overrides overrides() {
    return store;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
