package org.attain.adapter.rest.referral;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.attain.application.port.in.ManageReferrals;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.referral.Referral;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Customers send referrals to partners from their public profiles (R8): no token, throttled. */
@Path(Api.BASE + "/profiles/{organizationId}/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class PublicReferralResource {

  private final ManageReferrals referrals;
  private final ReferralMapper mapper;

  @Inject
  public PublicReferralResource(ManageReferrals referrals, ReferralMapper mapper) {
    this.referrals = referrals;
    this.mapper = mapper;
  }

  @POST
  @PermitAll
  @Throttled
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send a referral to a partner (public)",
      description =
          "The partner has 14 days after the day it arrives to accept or decline it; unanswered,"
              + " it expires. The answer says nothing about the partner's people.")
  @APIResponse(
      responseCode = "201",
      description = "Sent; Location is the referral as the partner's admins read it",
      content = @Content(schema = @Schema(implementation = SentReferralResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "validation-failed: a missing or oversize field; invalid-value: an email or phone that"
              + " is not one, or neither of them")
  @APIResponse(responseCode = "404", description = "profile-not-found")
  @APIResponse(
      responseCode = "429",
      description = "too-many-requests: this client sent too many referrals; see Retry-After")
  public RestResponse<SentReferralResponse> send(
      @PathParam("organizationId") UUID organizationId,
      @Valid @NotNull(payload = MissingBody.class) SendReferralRequest body,
      @Context UriInfo uri) {
    Referral sent = referrals.send(new OrganizationId(organizationId), mapper.toCommand(body));
    return RestResponse.ResponseBuilder.<SentReferralResponse>created(
            uri.getBaseUriBuilder()
                .path(Api.BASE)
                .path("organizations/{organizationId}/referrals/{referralId}")
                .build(organizationId, sent.id().value()))
        .entity(mapper.toSentResponse(sent))
        .build();
  }
}
