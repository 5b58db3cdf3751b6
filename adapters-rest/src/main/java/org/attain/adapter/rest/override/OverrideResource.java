package org.attain.adapter.rest.override;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.attain.adapter.rest.Api;
import org.attain.adapter.rest.paging.PageParameters;
import org.attain.adapter.rest.paging.PageResponse;
import org.attain.adapter.rest.problem.MissingBody;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.ManageOverrides;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * R7: an organization's overrides. Agents grant and revoke them; the organization's admins and
 * agents read them. There is no change nor deletion: an override ends by its date or a revocation.
 */
@Path(Api.BASE + "/organizations/{organizationId}/overrides")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Overrides")
@SecurityRequirement(name = Api.BEARER)
public class OverrideResource {

  private final ManageOverrides overrides;
  private final OverrideMapper mapper;
  private final CurrentActor actor;

  @Inject
  public OverrideResource(ManageOverrides overrides, OverrideMapper mapper, CurrentActor actor) {
    this.overrides = overrides;
    this.mapper = mapper;
    this.actor = actor;
  }

  @POST
  @RolesAllowed(Roles.AGENT)
  @Operation(
      summary = "Grant an override (agents only)",
      description =
          "Counts a person as holding an exam or certification, marks a metric's performance"
              + " steps met, or grants a level, in one competency, from startsOn (today) through"
              + " lastDay (three months later by default). Audited.")
  @APIResponse(
      responseCode = "201",
      description = "Granted; Location is the override",
      content = @Content(schema = @Schema(implementation = OverrideResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "organization-not-found, competency-not-found or person-not-found")
  @APIResponse(
      responseCode = "422",
      description =
          "override-outside-competency (nothing in the competency it could count for),"
              + " override-too-long, override-ends-before-start or no-catalog-in-force")
  public RestResponse<OverrideResponse> grant(
      @PathParam("organizationId") UUID organizationId,
      @Valid @NotNull(payload = MissingBody.class) GrantOverrideRequest body,
      @Context UriInfo uri) {
    AgentOverride granted =
        overrides.grant(actor.get(), new OrganizationId(organizationId), mapper.toGrant(body));
    return RestResponse.ResponseBuilder.<OverrideResponse>created(
            uri.getAbsolutePathBuilder().path(granted.id().toString()).build())
        .entity(mapper.toResponse(granted))
        .build();
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(summary = "List the organization's overrides, the latest granted first")
  public PageResponse<OverrideResponse> list(
      @PathParam("organizationId") UUID organizationId, @Valid @BeanParam PageParameters paging) {
    return PageResponse.of(
        overrides.list(actor.get(), new OrganizationId(organizationId), paging.toRequest()),
        mapper::toResponse);
  }

  @GET
  @Path("/{overrideId}")
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(summary = "Read one override")
  @APIResponse(responseCode = "404", description = "override-not-found")
  public OverrideResponse read(
      @PathParam("organizationId") UUID organizationId, @PathParam("overrideId") UUID overrideId) {
    return mapper.toResponse(
        overrides.read(
            actor.get(), new OrganizationId(organizationId), new OverrideId(overrideId)));
  }

  @POST
  @Path("/{overrideId}/revocation")
  @RolesAllowed(Roles.AGENT)
  @Operation(
      summary = "Revoke an override early (agents only)",
      description = "From today the override no longer counts. Audited.")
  @APIResponse(responseCode = "200", description = "Revoked; the override as now stored")
  @APIResponse(
      responseCode = "409",
      description = "override-already-revoked or override-ended; concurrent-update")
  public OverrideResponse revoke(
      @PathParam("organizationId") UUID organizationId,
      @PathParam("overrideId") UUID overrideId,
      @Valid @NotNull(payload = MissingBody.class) RevokeOverrideRequest body) {
    return mapper.toResponse(
        overrides.revoke(
            actor.get(),
            new OrganizationId(organizationId),
            new OverrideId(overrideId),
            body.reason()));
  }
}
