package org.attain.adapter.rest.membership;

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
import org.attain.adapter.rest.problem.MissingBody;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.adapter.rest.time.AsOfParameter;
import org.attain.application.port.in.ManageMembership;
import org.attain.domain.organization.OrganizationId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * An organization's membership (R4, R5): read, and bought, upgraded or renewed, by its admins and
 * agents. Payment is out of scope; each purchase records what was charged.
 */
@Path(Api.BASE + "/organizations/{organizationId}/membership")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Memberships")
@SecurityRequirement(name = Api.BEARER)
public class MembershipResource {

  private final ManageMembership memberships;
  private final MembershipMapper mapper;
  private final CurrentActor actor;

  @Inject
  public MembershipResource(
      ManageMembership memberships, MembershipMapper mapper, CurrentActor actor) {
    this.memberships = memberships;
    this.mapper = mapper;
    this.actor = actor;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "The membership: level, term, days left, renewal and purchases",
      description =
          "As of `asOf` (today when absent). Renewal says whether the level in force can be"
              + " renewed that day and, when not, why and which competencies are closest.")
  @APIResponse(responseCode = "400", description = "validation-failed: asOf is not a date")
  @APIResponse(
      responseCode = "422",
      description = "no-catalog-in-force: asOf is before the first catalog version")
  public MembershipResponse get(
      @PathParam("organizationId") UUID organizationId, @Valid @BeanParam AsOfParameter asOf) {
    return mapper.toResponse(
        memberships.status(actor.get(), new OrganizationId(organizationId), asOf.toDate()));
  }

  @POST
  @Path("/purchases")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "Buy, upgrade or renew the membership today",
      description =
          "A network member buys a level, Silver is upgraded to Gold (a new term, at a"
              + " discount), or the level in force is renewed in its renewal days. Checked"
              + " against the competencies attained today (R4): Silver needs one at Silver or"
              + " Gold, Gold one at Gold.")
  @APIResponse(
      responseCode = "201",
      description = "Bought; Location is the membership",
      content = @Content(schema = @Schema(implementation = MembershipResponse.class)))
  @APIResponse(responseCode = "400", description = "validation-failed: no level, or an unknown one")
  @APIResponse(
      responseCode = "422",
      description =
          "membership-requirement-not-met (with closestCompetencies), network-membership-is-free,"
              + " renewal-not-yet-open, downgrade-before-renewal or already-renewed")
  public RestResponse<MembershipResponse> purchase(
      @PathParam("organizationId") UUID organizationId,
      @Valid @NotNull(payload = MissingBody.class) PurchaseMembershipRequest body,
      @Context UriInfo uri) {
    ManageMembership.Status bought =
        memberships.purchase(actor.get(), new OrganizationId(organizationId), body.level());
    return RestResponse.ResponseBuilder.<MembershipResponse>created(
            uri.getBaseUriBuilder().path(MembershipResource.class).build(organizationId))
        .entity(mapper.toResponse(bought))
        .build();
  }
}
