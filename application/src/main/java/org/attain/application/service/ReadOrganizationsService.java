package org.attain.application.service;

import java.util.List;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ReadOrganizations;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;

/** Reads partner organizations: agents any, an admin their own. */
public final class ReadOrganizationsService implements ReadOrganizations {

  private final Organizations organizations;
  private final UnitOfWork unitOfWork;

  public ReadOrganizationsService(Organizations organizations, UnitOfWork unitOfWork) {
    this.organizations = organizations;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Organization get(Actor actor, OrganizationId id) {
    Access.requireAgentOrAdminOf(actor, id);
    return unitOfWork.read(() -> Lookup.organization(organizations, id));
  }

  @Override
  public Page<Organization> list(Actor actor, PageRequest request) {
    if (actor instanceof Actor.PartnerAdmin admin) {
      List<Organization> own =
          request.page() == 0 ? List.of(get(actor, admin.organization())) : List.of();
      return new Page<>(own, request, 1);
    }
    Access.requireAgent(actor);
    return unitOfWork.read(() -> organizations.list(request));
  }
}
