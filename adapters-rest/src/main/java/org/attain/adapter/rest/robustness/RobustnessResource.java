package org.attain.adapter.rest.robustness;

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
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.adapter.rest.time.AsOfParameter;
import org.attain.application.port.in.ReadRobustness;
import org.attain.domain.organization.OrganizationId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issue 13: key persons and robustness of an organization, read by its admins and by agents. */
@Path(Api.BASE + "/organizations/{organizationId}/robustness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Key persons and what-if")
@SecurityRequirement(name = Api.BEARER)
public class RobustnessResource {

  private final ReadRobustness robustness;
  private final RobustnessMapper mapper;
  private final CurrentActor actor;

  @Inject
  public RobustnessResource(
      ReadRobustness robustness, RobustnessMapper mapper, CurrentActor actor) {
    this.robustness = robustness;
    this.mapper = mapper;
    this.actor = actor;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "Key persons and robustness of every level held and of the membership",
      description =
          "Analysed on `asOf` (today when absent) against the catalog then in force. For each"
              + " level held: the fewest departures that would lose it (`LOST_BY` with one"
              + " smallest set of persons; 1 = a single key person; computed exactly as a minimum"
              + " cut of the assignment), or `NO_DEPARTURE_LOSES_IT` when performance alone or an"
              + " override carries it; the key persons; and, where robustness is 1, what one more"
              + " person could hold to raise it. The same for the paid membership level as a"
              + " whole (any competency carrying it), and every key person with what their"
              + " departure alone would lose.")
  @APIResponse(responseCode = "200", description = "The analysis")
  @APIResponse(responseCode = "400", description = "validation-failed: asOf is not a date")
  @APIResponse(responseCode = "401", description = "unauthenticated")
  @APIResponse(
      responseCode = "403",
      description = "access-denied: not an admin of this organization; forbidden: a person")
  @APIResponse(responseCode = "404", description = "organization-not-found")
  @APIResponse(
      responseCode = "422",
      description = "no-catalog-in-force: asOf is before the first catalog version")
  public RobustnessResponse get(
      @PathParam("organizationId") UUID organizationId, @Valid @BeanParam AsOfParameter asOf) {
    return mapper.toResponse(
        robustness.robustness(actor.get(), new OrganizationId(organizationId), asOf.toDate()));
  }
}
