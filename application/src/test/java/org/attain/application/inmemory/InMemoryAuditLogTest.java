package org.attain.application.inmemory;

import org.attain.application.contract.AuditLogContract;
import org.attain.application.port.out.AuditLog;
import org.attain.application.port.out.Organizations;

/** The in-memory store honours the AuditLog contract. */
class InMemoryAuditLogTest extends AuditLogContract {

  private final InMemoryAuditLog store = new InMemoryAuditLog();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected AuditLog auditLog() {
    return store;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
