package org.attain.application.inmemory;

import org.attain.application.contract.ReferralsContract;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Referrals;

/** The in-memory referrals honour the store contract. */
class InMemoryReferralsTest extends ReferralsContract {

  private final InMemoryReferrals referrals = new InMemoryReferrals();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected Referrals referrals() {
    return referrals;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
