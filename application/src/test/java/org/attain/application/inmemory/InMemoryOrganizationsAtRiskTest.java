package org.attain.application.inmemory;

import org.attain.application.contract.OrganizationsAtRiskContract;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.OrganizationsAtRisk;

/** The in-memory view of organizations at risk honours the OrganizationsAtRisk contract. */
class InMemoryOrganizationsAtRiskTest extends OrganizationsAtRiskContract {

  private final InMemoryOrganizations organizations = new InMemoryOrganizations();
  private final InMemoryMemberships memberships = new InMemoryMemberships();
  private final InMemoryAlerts alerts = new InMemoryAlerts();
  private final InMemoryOrganizationsAtRisk store =
      new InMemoryOrganizationsAtRisk(organizations, memberships, alerts);

  @Override
  protected OrganizationsAtRisk organizationsAtRisk() {
    return store;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }

  @Override
  protected Memberships memberships() {
    return memberships;
  }

  @Override
  protected Alerts alerts() {
    return alerts;
  }
}
