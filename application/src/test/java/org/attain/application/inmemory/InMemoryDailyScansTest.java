package org.attain.application.inmemory;

import org.attain.application.contract.DailyScansContract;
import org.attain.application.port.out.DailyScans;
import org.attain.application.port.out.Organizations;

/** The in-memory daily scans honour the store contract. */
class InMemoryDailyScansTest extends DailyScansContract {

  private final InMemoryDailyScans scans = new InMemoryDailyScans();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected DailyScans scans() {
    return scans;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
