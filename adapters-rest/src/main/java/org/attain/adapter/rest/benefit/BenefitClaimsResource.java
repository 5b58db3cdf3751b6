package org.attain.adapter.rest.benefit;

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
import org.attain.application.port.in.ManageBenefits;
import org.attain.domain.organization.OrganizationId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organization's benefit claims (R9), newest first, for admins and agents. */
@Path(Api.BASE + "/organizations/{organizationId}/benefit-claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Benefits")
@SecurityRequirement(name = Api.BEARER)
public class BenefitClaimsResource {

  private final ManageBenefits benefits;
  private final BenefitMapper mapper;
  private final CurrentActor actor;

  @Inject
  public BenefitClaimsResource(ManageBenefits benefits, BenefitMapper mapper, CurrentActor actor) {
    this.benefits = benefits;
    this.mapper = mapper;
    this.actor = actor;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "The organization's benefit claims",
      description = "Newest first, each with the price charged.")
  @APIResponse(responseCode = "400", description = "validation-failed: page or size")
  @APIResponse(responseCode = "404", description = "organization-not-found")
  public PageResponse<BenefitClaimResponse> claims(
      @PathParam("organizationId") UUID organizationId, @Valid @BeanParam PageParameters paging) {
    return PageResponse.of(
        benefits.claims(actor.get(), new OrganizationId(organizationId)),
        paging.toRequest(),
        mapper::toResponse);
  }
}
