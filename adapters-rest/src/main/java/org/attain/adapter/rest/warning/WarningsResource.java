package org.attain.adapter.rest.warning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.attain.application.port.in.ManageWarnings;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Warnings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issue 13: the proactive warnings an organization's admins receive, and turning them off. */
@Path(Api.BASE + "/organizations/{organizationId}/warnings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
@SecurityRequirement(name = Api.BEARER)
public class WarningsResource {

  private final ManageWarnings warnings;
  private final CurrentActor actor;

  @Inject
  public WarningsResource(ManageWarnings warnings, CurrentActor actor) {
    this.warnings = warnings;
    this.actor = actor;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "Read which proactive warnings the organization receives (its admins or an agent)")
  @APIResponse(responseCode = "403", description = "Not an admin of this organization")
  @APIResponse(responseCode = "404", description = "organization-not-found")
  public WarningsResponse read(@PathParam("organizationId") UUID organizationId) {
    return toResponse(warnings.read(actor.get(), new OrganizationId(organizationId)));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "Turn proactive warnings on or off (its admins or an agent)",
      description =
          "Turning the key-person warning off ends an ongoing MEMBERSHIP_RESTS_ON_ONE_PERSON alert"
              + " the same day; turning it on raises one at once if the paid membership rests on"
              + " one person.")
  @APIResponse(
      responseCode = "400",
      description = "validation-failed (keyPersonWarning missing), invalid-request, missing-body")
  @APIResponse(responseCode = "403", description = "Not an admin of this organization")
  @APIResponse(responseCode = "404", description = "organization-not-found")
  @APIResponse(responseCode = "409", description = "concurrent-update")
  public WarningsResponse change(
      @PathParam("organizationId") UUID organizationId,
      @Valid @NotNull(payload = MissingBody.class) WarningsRequest body) {
    return toResponse(
        warnings.change(
            actor.get(),
            new OrganizationId(organizationId),
            new Warnings(body.keyPersonWarning())));
  }

  private static WarningsResponse toResponse(Warnings warnings) {
    return new WarningsResponse(warnings.keyPerson());
  }
}
