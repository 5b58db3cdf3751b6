package org.attain.application.service;

import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ReadCompetencyHistory;
import org.attain.application.port.out.CompetencyHistories;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.CompetencyStateChange;

/** R6: reads an organization's competency history. */
public final class ReadCompetencyHistoryService implements ReadCompetencyHistory {

  private final Organizations organizations;
  private final CompetencyHistories histories;
  private final UnitOfWork unitOfWork;

  public ReadCompetencyHistoryService(
      Organizations organizations, CompetencyHistories histories, UnitOfWork unitOfWork) {
    this.organizations = organizations;
    this.histories = histories;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Page<CompetencyStateChange> history(
      Actor actor,
      OrganizationId organization,
      Optional<CompetencyId> competency,
      PageRequest request) {
    Access.requireAgentOrAdminOf(actor, organization);
    return unitOfWork.read(
        () -> {
          Lookup.organizationExists(organizations, organization);
          return histories.of(organization, competency, request);
        });
  }
}
