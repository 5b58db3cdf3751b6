package org.attain.adapter.rest.benefit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.ManageBenefits;
import org.attain.domain.benefit.BenefitClaim;
import org.attain.domain.benefit.BenefitId;
import org.attain.domain.organization.OrganizationId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * An organization's benefits (R9): its entitlements today and its claim of one, for admins and
 * agents. Its path is its own: a resource at the organization's path would be tried first for every
 * request to the organization itself, and fail over to the next at each.
 */
@Path(Api.BASE + "/organizations/{organizationId}/benefits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Benefits")
@SecurityRequirement(name = Api.BEARER)
public class OrganizationBenefitResource {

  private final ManageBenefits benefits;
  private final BenefitMapper mapper;
  private final CurrentActor actor;

  @Inject
  public OrganizationBenefitResource(
      ManageBenefits benefits, BenefitMapper mapper, CurrentActor actor) {
    this.benefits = benefits;
    this.mapper = mapper;
    this.actor = actor;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "The benefits the organization is entitled to today",
      description =
          "By its membership level and the competencies it attained today, each offer with"
              + " whether it was claimed in the current claim period.")
  @APIResponse(responseCode = "404", description = "organization-not-found")
  @APIResponse(responseCode = "422", description = "no-catalog-in-force")
  public EntitlementsResponse entitlements(@PathParam("organizationId") UUID organizationId) {
    return mapper.toResponse(
        benefits.entitlements(actor.get(), new OrganizationId(organizationId)));
  }

  @POST
  @Path("/{offerId}/claims")
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "Claim an offer today",
      description = "At most once per claim period (the membership term, or the calendar year).")
  @APIResponse(
      responseCode = "201",
      description = "Claimed; Location is the organization's claims",
      content = @Content(schema = @Schema(implementation = BenefitClaimResponse.class)))
  @APIResponse(responseCode = "400", description = "invalid-value: offerId is not a slug")
  @APIResponse(responseCode = "404", description = "benefit-not-found or organization-not-found")
  @APIResponse(responseCode = "409", description = "benefit-already-claimed in this period")
  @APIResponse(responseCode = "422", description = "benefit-not-entitled")
  public RestResponse<BenefitClaimResponse> claim(
      @PathParam("organizationId") UUID organizationId,
      @PathParam("offerId") String offerId,
      @Context UriInfo uri) {
    BenefitClaim claim =
        benefits.claim(actor.get(), new OrganizationId(organizationId), new BenefitId(offerId));
    return RestResponse.ResponseBuilder.<BenefitClaimResponse>created(
            uri.getBaseUriBuilder().path(BenefitClaimsResource.class).build(organizationId))
        .entity(mapper.toResponse(claim))
        .build();
  }
}
