package org.attain.application.service;

import java.util.List;
import org.attain.application.error.NotFoundException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ManageAlerts;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertId;

/** R6: reads and acknowledges an organization's alerts. */
public final class ManageAlertsService implements ManageAlerts {

  private final Organizations organizations;
  private final Alerts alerts;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;

  public ManageAlertsService(
      Organizations organizations, Alerts alerts, ProgrammeClock clock, UnitOfWork unitOfWork) {
    this.organizations = organizations;
    this.alerts = alerts;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Page<Alert> list(Actor actor, OrganizationId organization, PageRequest request) {
    Access.requireAgentOrAdminOf(actor, organization);
    return unitOfWork.read(
        () -> {
          Lookup.organizationExists(organizations, organization);
          return alerts.of(organization, request);
        });
  }

  @Override
  public Alert read(Actor actor, OrganizationId organization, AlertId alert) {
    Access.requireAgentOrAdminOf(actor, organization);
    return unitOfWork.read(() -> find(organization, alert));
  }

  @Override
  public Alert acknowledge(Actor actor, OrganizationId organization, AlertId alert) {
    Access.requireAdminOf(actor, organization);
    String admin = ((Actor.PartnerAdmin) actor).subject();
    // Serialized with the organization's other changes, so that admins acknowledging at once
    // all succeed and the first acknowledgement stays.
    return unitOfWork.changing(
        List.of(organization),
        () -> {
          Alert found = find(organization, alert);
          Alert acknowledged = found.acknowledge(admin, clock.today());
          return acknowledged == found ? found : alerts.save(acknowledged);
        });
  }

  /** The alert when it is the organization's; another's is as unknown as a missing one. */
  private Alert find(OrganizationId organization, AlertId alert) {
    Lookup.organizationExists(organizations, organization);
    return alerts
        .findById(alert)
        .filter(a -> a.organization().equals(organization))
        .orElseThrow(() -> new NotFoundException("alert", alert));
  }
}
