package org.attain.application.service;

import org.attain.application.port.in.Actor;
import org.attain.application.port.in.RegisterOrganization;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.organization.Organization;

/** Enrols partner organizations; agents only. */
public final class RegisterOrganizationService implements RegisterOrganization {

  private final Organizations organizations;
  private final UnitOfWork unitOfWork;

  public RegisterOrganizationService(Organizations organizations, UnitOfWork unitOfWork) {
    this.organizations = organizations;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Organization register(Actor actor, RegisterOrganization.Command command) {
    Access.requireAgent(actor);
    Organization organization =
        Organization.register(
            command.name(), command.country(), command.market(), command.admins());
    return unitOfWork.run(() -> organizations.save(organization));
  }
}
