package org.attain.adapter.rest.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.attain.adapter.rest.Api;
import org.attain.adapter.rest.paging.PageParameters;
import org.attain.adapter.rest.paging.PageResponse;
import org.attain.adapter.rest.problem.MissingBody;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.ManageReferrals;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.referral.ReferralId;
import org.attain.domain.referral.ReferralStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organization's referrals (R8), read and answered by its admins or an agent. */
@Path(Api.BASE + "/organizations/{organizationId}/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
@SecurityRequirement(name = Api.BEARER)
public class OrganizationReferralResource {

  private final ManageReferrals referrals;
  private final ReferralMapper mapper;
  private final CurrentActor actor;

  @Inject
  public OrganizationReferralResource(
      ManageReferrals referrals, ReferralMapper mapper, CurrentActor actor) {
    this.referrals = referrals;
    this.mapper = mapper;
    this.actor = actor;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(summary = "List the organization's referrals, newest first (its admins or an agent)")
  @APIResponse(responseCode = "400", description = "validation-failed: status or paging")
  @APIResponse(responseCode = "403", description = "Not an admin of this organization")
  public PageResponse<ReferralResponse> list(
      @PathParam("organizationId") UUID organizationId,
      @Valid @BeanParam ReferralStatusParameter status,
      @Valid @BeanParam PageParameters paging) {
    return PageResponse.of(
        referrals.list(
            actor.get(), new OrganizationId(organizationId), status.toStatus(), paging.toRequest()),
        mapper::toResponse);
  }

  @GET
  @Path("/{referralId}")
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(summary = "Read one referral (its admins or an agent)")
  @APIResponse(responseCode = "403", description = "Not an admin of this organization")
  @APIResponse(responseCode = "404", description = "referral-not-found")
  public ReferralResponse get(
      @PathParam("organizationId") UUID organizationId, @PathParam("referralId") UUID referralId) {
    return mapper.toResponse(
        referrals.get(actor.get(), new OrganizationId(organizationId), new ReferralId(referralId)));
  }

  @PUT
  @Path("/{referralId}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "Answer a referral or record its outcome (its admins or an agent)",
      description =
          "ACCEPTED or DECLINED while open, until answerBy included; WON or LOST once accepted.")
  @APIResponse(
      responseCode = "400",
      description = "validation-failed: status is not ACCEPTED, DECLINED, WON or LOST")
  @APIResponse(responseCode = "403", description = "Not an admin of this organization")
  @APIResponse(responseCode = "404", description = "referral-not-found")
  @APIResponse(
      responseCode = "409",
      description =
          "referral-not-open, referral-expired, referral-not-accepted, or concurrent-update")
  public ReferralResponse changeStatus(
      @PathParam("organizationId") UUID organizationId,
      @PathParam("referralId") UUID referralId,
      @Valid @NotNull(payload = MissingBody.class) ChangeReferralStatusRequest body) {
    return mapper.toResponse(
        referrals.changeStatus(
            actor.get(),
            new OrganizationId(organizationId),
            new ReferralId(referralId),
            ReferralStatus.valueOf(body.status())));
  }
}
