package org.attain.application.inmemory;

import org.attain.application.contract.CompetencyHistoriesContract;
import org.attain.application.port.out.CompetencyHistories;
import org.attain.application.port.out.Organizations;

/** The in-memory competency history honours the store contract. */
class InMemoryCompetencyHistoriesTest extends CompetencyHistoriesContract {

  private final InMemoryCompetencyHistories histories = new InMemoryCompetencyHistories();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected CompetencyHistories histories() {
    return histories;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
