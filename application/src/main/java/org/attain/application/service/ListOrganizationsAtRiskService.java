package org.attain.application.service;

import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ListOrganizationsAtRisk;
import org.attain.application.port.out.OrganizationsAtRisk;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.risk.LapseHorizon;
import org.attain.domain.risk.OrganizationAtRisk;

/** Lists the organizations at risk for programme agents, as of the programme's today. */
public final class ListOrganizationsAtRiskService implements ListOrganizationsAtRisk {

  private final OrganizationsAtRisk organizationsAtRisk;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;

  public ListOrganizationsAtRiskService(
      OrganizationsAtRisk organizationsAtRisk, ProgrammeClock clock, UnitOfWork unitOfWork) {
    this.organizationsAtRisk = organizationsAtRisk;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Page<OrganizationAtRisk> list(Actor actor, int lapsingWithinDays, PageRequest request) {
    Access.requireAgent(actor);
    LapseHorizon horizon = new LapseHorizon(clock.today(), lapsingWithinDays);
    return unitOfWork.read(() -> organizationsAtRisk.find(horizon, request));
  }
}
