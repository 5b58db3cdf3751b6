package org.attain.adapter.rest.whatif;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.attain.adapter.rest.Api;
import org.attain.adapter.rest.problem.MissingBody;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.AskWhatIf;
import org.attain.domain.organization.OrganizationId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issue 13: what-if questions about an organization, asked by its admins and by agents. */
@Path(Api.BASE + "/organizations/{organizationId}/what-if")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Key persons and what-if")
@SecurityRequirement(name = Api.BEARER)
public class WhatIfResource {

  private final AskWhatIf whatIf;
  private final WhatIfMapper mapper;
  private final CurrentActor actor;

  @Inject
  public WhatIfResource(AskWhatIf whatIf, WhatIfMapper mapper, CurrentActor actor) {
    this.whatIf = whatIf;
    this.mapper = mapper;
    this.actor = actor;
  }

  @POST
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "What the organization would hold after hypothetical changes; nothing is stored",
      description =
          "Applies `changes` in order to the facts of `asOf` (today when absent): persons leaving"
              + " or joining, achievements earned or expiring, an exam retired, a metric reported,"
              + " an override ending, another catalog version. Answers every competency's level"
              + " now and then, whether some competency would carry each paid level, whether the"
              + " level in force could be renewed, and the alerts the same rules would raise or"
              + " end. Read-only: it answers 200, never 201.")
  @APIResponse(responseCode = "200", description = "The answer")
  @APIResponse(
      responseCode = "400",
      description =
          "malformed-json, invalid-request (unknown type or field), validation-failed,"
              + " invalid-value: the field is named by its JSON path (`changes[1].earnedOn`)")
  @APIResponse(responseCode = "401", description = "unauthenticated")
  @APIResponse(
      responseCode = "403",
      description = "access-denied: not an admin of this organization; forbidden: a person")
  @APIResponse(responseCode = "404", description = "organization-not-found")
  @APIResponse(
      responseCode = "422",
      description =
          "what-if-change-not-applicable: a change names a person, achievement, override or"
              + " catalog version the organization's facts do not hold, named by its index"
              + " (`changes[0].personId`); no-catalog-in-force")
  public WhatIfResponse ask(
      @PathParam("organizationId") UUID organizationId,
      @Valid @NotNull(payload = MissingBody.class) WhatIfRequest request) {
    return mapper.toResponse(
        whatIf.ask(actor.get(), new OrganizationId(organizationId), mapper.toQuestion(request)));
  }
}
