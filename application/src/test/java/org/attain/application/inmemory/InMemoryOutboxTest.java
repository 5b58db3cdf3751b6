package org.attain.application.inmemory;

import org.attain.application.contract.OutboxContract;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Outbox;

/** The in-memory outbox honours the store contract. */
class InMemoryOutboxTest extends OutboxContract {

  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final InMemoryAlerts alerts = new InMemoryAlerts();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected Outbox outbox() {
    return outbox;
  }

  @Override
  protected Alerts alerts() {
    return alerts;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
