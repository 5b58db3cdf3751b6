package org.attain.application.inmemory;

import org.attain.application.contract.AlertsContract;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Organizations;

/** The in-memory alerts honour the store contract. */
class InMemoryAlertsTest extends AlertsContract {

  private final InMemoryAlerts alerts = new InMemoryAlerts();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected Alerts alerts() {
    return alerts;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
