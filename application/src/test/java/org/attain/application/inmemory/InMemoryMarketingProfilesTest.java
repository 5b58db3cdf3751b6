package org.attain.application.inmemory;

import org.attain.application.contract.MarketingProfilesContract;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.TermRecords;

/** The in-memory profiles honour the store contract. */
class InMemoryMarketingProfilesTest extends MarketingProfilesContract {

  private final InMemoryTermRecords termRecords = new InMemoryTermRecords();
  private final InMemoryMarketingProfiles profiles = new InMemoryMarketingProfiles(termRecords);
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected MarketingProfiles profiles() {
    return profiles;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }

  @Override
  protected TermRecords termRecords() {
    return termRecords;
  }
}
