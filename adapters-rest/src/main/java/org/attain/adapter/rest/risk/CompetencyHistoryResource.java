package org.attain.adapter.rest.risk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.attain.adapter.rest.Api;
import org.attain.adapter.rest.paging.PageParameters;
import org.attain.adapter.rest.paging.PageResponse;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.ReadCompetencyHistory;
import org.attain.domain.organization.OrganizationId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * R6: every change of state of an organization's competencies, with its day and cause; readable
 * whether or not the organization has a paid membership.
 */
@Path(Api.BASE + "/organizations/{organizationId}/competency-history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competency history")
@SecurityRequirement(name = Api.BEARER)
public class CompetencyHistoryResource {

  private final ReadCompetencyHistory history;
  private final RiskMapper mapper;
  private final CurrentActor actor;

  @Inject
  public CompetencyHistoryResource(
      ReadCompetencyHistory history, RiskMapper mapper, CurrentActor actor) {
    this.history = history;
    this.mapper = mapper;
    this.actor = actor;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "Read the organization's competency history, oldest first (its admins or an agent)",
      description =
          "NOT_STARTED, STARTED, QUALIFIED, ACTIVE, AT_RISK, EXPIRED, or OVERRIDDEN until a day;"
              + " of one competency when given.")
  @APIResponse(
      responseCode = "400",
      description = "invalid-value: competency is not a competency id; validation-failed: paging")
  @APIResponse(responseCode = "403", description = "Not an admin of this organization")
  @APIResponse(responseCode = "404", description = "organization-not-found")
  public PageResponse<StateChangeResponse> read(
      @PathParam("organizationId") UUID organizationId,
      @BeanParam CompetencyParameter competency,
      @Valid @BeanParam PageParameters paging) {
    return PageResponse.of(
        history.history(
            actor.get(),
            new OrganizationId(organizationId),
            competency.toCompetency(),
            paging.toRequest()),
        mapper::toResponse);
  }
}
