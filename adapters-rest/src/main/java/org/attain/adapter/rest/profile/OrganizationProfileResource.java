package org.attain.adapter.rest.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.attain.adapter.rest.Api;
import org.attain.adapter.rest.problem.MissingBody;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.ManageProfile;
import org.attain.domain.organization.OrganizationId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organization's marketing profile (R8), written by its admins or an agent. */
@Path(Api.BASE + "/organizations/{organizationId}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles")
@SecurityRequirement(name = Api.BEARER)
public class OrganizationProfileResource {

  private final ManageProfile profiles;
  private final ProfileMapper mapper;
  private final CurrentActor actor;

  @Inject
  public OrganizationProfileResource(
      ManageProfile profiles, ProfileMapper mapper, CurrentActor actor) {
    this.profiles = profiles;
    this.mapper = mapper;
    this.actor = actor;
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "Write the profile (its admins or an agent)",
      description = "Replaces the whole profile; answers it as the public now sees it.")
  @APIResponse(
      responseCode = "400",
      description =
          "validation-failed: description over 2,500 characters or more than 5 locations;"
              + " invalid-value: a duplicate, an unknown country or a website that is not https")
  @APIResponse(responseCode = "403", description = "Not an admin of this organization")
  @APIResponse(responseCode = "404", description = "organization-not-found")
  @APIResponse(responseCode = "409", description = "concurrent-update")
  public ProfileResponse edit(
      @PathParam("organizationId") UUID organizationId,
      @Valid @NotNull(payload = MissingBody.class) EditProfileRequest body) {
    return mapper.toResponse(
        profiles.edit(actor.get(), new OrganizationId(organizationId), mapper.toCommand(body)));
  }
}
