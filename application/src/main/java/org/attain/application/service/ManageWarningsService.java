package org.attain.application.service;

import java.util.List;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ManageWarnings;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.port.out.WarningSettings;
import org.attain.application.reevaluation.ReevaluationPipeline;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Warnings;

/**
 * Issue 13: reads and changes an organization's warnings. A change goes through the re-evaluation
 * pipeline like any other, so the key-person watch alone decides what to raise or end.
 */
public final class ManageWarningsService implements ManageWarnings {

  private final Organizations organizations;
  private final WarningSettings settings;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;
  private final ReevaluationPipeline pipeline;

  public ManageWarningsService(
      Organizations organizations,
      WarningSettings settings,
      ProgrammeClock clock,
      UnitOfWork unitOfWork,
      ReevaluationPipeline pipeline) {
    this.organizations = organizations;
    this.settings = settings;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
    this.pipeline = pipeline;
  }

  @Override
  public Warnings read(Actor actor, OrganizationId organization) {
    Access.requireAgentOrAdminOf(actor, organization);
    return unitOfWork.read(
        () -> {
          Lookup.organizationExists(organizations, organization);
          return settings.of(organization);
        });
  }

  @Override
  public Warnings change(Actor actor, OrganizationId organization, Warnings warnings) {
    Access.requireAgentOrAdminOf(actor, organization);
    return unitOfWork.changing(
        List.of(organization),
        () -> {
          Lookup.organizationExists(organizations, organization);
          if (settings.of(organization).equals(warnings)) {
            return warnings;
          }
          settings.save(organization, warnings);
          pipeline.reevaluate(
              List.of(organization),
              clock.today(),
              new ChangeCause.WarningsChanged(warnings.keyPerson()));
          return warnings;
        });
  }
}
