package org.attain.application.inmemory;

import org.attain.application.contract.TermRecordsContract;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.TermRecords;

/** The in-memory term records honour the store contract. */
class InMemoryTermRecordsTest extends TermRecordsContract {

  private final InMemoryTermRecords records = new InMemoryTermRecords();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected TermRecords records() {
    return records;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
