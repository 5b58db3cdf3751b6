package org.attain.application.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attain.application.error.NotFoundException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ManageOverrides;
import org.attain.application.port.out.AuditLog;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Overrides;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reevaluation.CatalogCache;
import org.attain.application.reevaluation.ReevaluationPipeline;
import org.attain.domain.audit.AuditAction;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Competency;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverrideId;
import org.attain.domain.override.OverridePolicy;
import org.attain.domain.override.OverrideScope;

/**
 * R7: grants, revokes and reads agents' overrides. Each grant and revocation is written to the
 * audit log and re-evaluates the organization (its competency history, its renewal-risk alerts) in
 * the same unit of work, so none of it is kept without the rest.
 */
public final class ManageOverridesService implements ManageOverrides {

  private final Organizations organizations;
  private final Persons persons;
  private final CatalogCache catalogs;
  private final Overrides overrides;
  private final AuditLog auditLog;
  private final OverridePolicy policy;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;
  private final ReevaluationPipeline pipeline;

  public ManageOverridesService(
      Organizations organizations,
      Persons persons,
      CatalogCache catalogs,
      Overrides overrides,
      AuditLog auditLog,
      OverridePolicy policy,
      ProgrammeClock clock,
      UnitOfWork unitOfWork,
      ReevaluationPipeline pipeline) {
    this.organizations = organizations;
    this.persons = persons;
    this.catalogs = catalogs;
    this.overrides = overrides;
    this.auditLog = auditLog;
    this.policy = policy;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
    this.pipeline = pipeline;
  }

  @Override
  public AgentOverride grant(Actor actor, OrganizationId organization, Grant grant) {
    Access.requireAgent(actor);
    Actor.Agent agent = (Actor.Agent) actor;
    LocalDate today = clock.today();
    return unitOfWork.changing(
        List.of(organization),
        () -> {
          Lookup.organizationExists(organizations, organization);
          LocalDate start = grant.startsOn() == null ? today : grant.startsOn();
          Catalog catalog = catalogs.inForceOn(start);
          Competency competency =
              catalog
                  .competency(grant.competency())
                  .orElseThrow(() -> new NotFoundException("competency", grant.competency()));
          OverrideScope.requireCountsIn(grant.grant(), competency);
          if (grant.grant() instanceof OverrideGrant.HoldsCredential credential) {
            Lookup.person(persons, credential.person());
          }
          AgentOverride granted =
              AgentOverride.grant(
                  organization,
                  grant.competency(),
                  grant.grant(),
                  agent.subject(),
                  grant.reason(),
                  today,
                  grant.startsOn(),
                  grant.lastDay(),
                  policy);
          AgentOverride saved = overrides.save(granted);
          Map<String, String> details = new LinkedHashMap<>();
          details.put("competencyId", saved.competency().value());
          details.put("grant", saved.grant().describe());
          details.put("startsOn", saved.startsOn().toString());
          details.put("lastDay", saved.lastDay().toString());
          auditLog.append(
              Audit.of(
                  clock,
                  agent,
                  AuditAction.OVERRIDE_GRANTED,
                  organization,
                  saved.id().toString(),
                  saved.reason(),
                  details));
          pipeline.reevaluate(
              List.of(organization),
              today,
              new ChangeCause.OverrideGranted(
                  saved.id(), saved.competency(), saved.grant(), saved.startsOn()));
          return saved;
        });
  }

  @Override
  public AgentOverride revoke(
      Actor actor, OrganizationId organization, OverrideId override, String reason) {
    Access.requireAgent(actor);
    Actor.Agent agent = (Actor.Agent) actor;
    LocalDate today = clock.today();
    return unitOfWork.changing(
        List.of(organization),
        () -> {
          AgentOverride found = stored(organization, override);
          found.revoke(agent.subject(), reason, today);
          AgentOverride saved = overrides.save(found);
          Map<String, String> details = new LinkedHashMap<>();
          details.put("competencyId", saved.competency().value());
          details.put("revokedOn", today.toString());
          details.put("plannedLastDay", saved.lastDay().toString());
          auditLog.append(
              Audit.of(
                  clock,
                  agent,
                  AuditAction.OVERRIDE_REVOKED,
                  organization,
                  saved.id().toString(),
                  saved.revocation().orElseThrow().reason(),
                  details));
          pipeline.reevaluate(
              List.of(organization),
              today,
              new ChangeCause.OverrideRevoked(
                  saved.id(), saved.competency(), saved.grant(), today));
          return saved;
        });
  }

  @Override
  public Page<AgentOverride> list(Actor actor, OrganizationId organization, PageRequest request) {
    Access.requireAgentOrAdminOf(actor, organization);
    return unitOfWork.read(
        () -> {
          Lookup.organizationExists(organizations, organization);
          return overrides.listOf(organization, request);
        });
  }

  @Override
  public AgentOverride read(Actor actor, OrganizationId organization, OverrideId override) {
    Access.requireAgentOrAdminOf(actor, organization);
    return unitOfWork.read(() -> stored(organization, override));
  }

  /** The override, when it is this organization's: another's is as good as absent. */
  private AgentOverride stored(OrganizationId organization, OverrideId override) {
    return overrides
        .findById(override)
        .filter(found -> found.organization().equals(organization))
        .orElseThrow(() -> new NotFoundException("override", override));
  }
}
