package org.attain.adapter.rest.atrisk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.attain.adapter.rest.Api;
import org.attain.adapter.rest.paging.PageParameters;
import org.attain.adapter.rest.paging.PageResponse;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.ListOrganizationsAtRisk;
import org.attain.domain.risk.OrganizationAtRisk;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issue 13, the agents' view: the paid members resting on one person or lapsing soon. */
@Path(Api.BASE + "/at-risk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations at risk")
@SecurityRequirement(name = Api.BEARER)
public class AtRiskResource {

  private final ListOrganizationsAtRisk organizationsAtRisk;
  private final CurrentActor actor;

  @Inject
  public AtRiskResource(ListOrganizationsAtRisk organizationsAtRisk, CurrentActor actor) {
    this.organizationsAtRisk = organizationsAtRisk;
    this.actor = actor;
  }

  @GET
  @RolesAllowed(Roles.AGENT)
  @Operation(
      summary = "List the paid members at risk, most at risk first (agents only)",
      description =
          "The organizations with a paid level today whose membership rests on one person (an"
              + " ongoing key-person warning) or whose term lapses within lapsingWithinDays (at"
              + " most that many days left). Order: resting on one person and lapsing, then"
              + " lapsing, then resting on one person; within each the term ending soonest first,"
              + " then name and id. Read from stored alerts and purchases, nothing evaluated.")
  @APIResponse(responseCode = "200", description = "One page of organizations at risk")
  @APIResponse(
      responseCode = "400",
      description = "validation-failed: lapsingWithinDays not 0 to 366, or paging")
  @APIResponse(responseCode = "401", description = "unauthenticated")
  @APIResponse(responseCode = "403", description = "forbidden: not an agent")
  public PageResponse<OrganizationAtRiskResponse> list(
      @Valid @BeanParam AtRiskParameters horizon, @Valid @BeanParam PageParameters paging) {
    return PageResponse.of(
        organizationsAtRisk.list(actor.get(), horizon.days(), paging.toRequest()),
        AtRiskResource::toResponse);
  }

  private static OrganizationAtRiskResponse toResponse(OrganizationAtRisk row) {
    return new OrganizationAtRiskResponse(
        row.organization().value(),
        row.name(),
        row.level(),
        row.termEndsOn(),
        row.daysLeft(),
        row.lapsing(),
        row.restsOnOnePersonSince().isPresent(),
        row.restsOnOnePersonSince().orElse(null),
        row.ongoingAlerts().stream()
            .map(
                a ->
                    new OrganizationAtRiskResponse.OngoingAlert(
                        a.id().value(), a.kind(), a.raisedOn()))
            .toList());
  }
}
