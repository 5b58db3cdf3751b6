package org.attain.application.inmemory;

import org.attain.application.contract.ClaimedBenefitsContract;
import org.attain.application.port.out.ClaimedBenefits;
import org.attain.application.port.out.Organizations;

/** The in-memory benefit claims honour the store contract. */
class InMemoryClaimedBenefitsTest extends ClaimedBenefitsContract {

  private final InMemoryClaimedBenefits claimed = new InMemoryClaimedBenefits();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected ClaimedBenefits claimed() {
    return claimed;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
