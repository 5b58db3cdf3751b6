package org.attain.adapter.rest.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.attain.application.port.in.ChangeAssociation;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * R3: a person associating their achievements with an organization, or leaving it. Every role is
 * let through: only the person may do it, and the domain says so with 403 {@code only-the-person}.
 */
@Path(Api.BASE + "/persons/{personId}/association")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
@SecurityRequirement(name = Api.BEARER)
public class AssociationResource {

  private final ChangeAssociation associations;
  private final PersonMapper mapper;
  private final CurrentActor actor;

  @Inject
  public AssociationResource(
      ChangeAssociation associations, PersonMapper mapper, CurrentActor actor) {
    this.associations = associations;
    this.mapper = mapper;
    this.actor = actor;
  }

  @PUT
  @RolesAllowed({Roles.PERSON, Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "Associate your achievements with an organization (the person only)",
      description =
          "Leaves the current organization, if any. Limited by the programme's association policy"
              + " (422 association-limit-reached or association-too-soon).")
  @APIResponse(
      responseCode = "200",
      description = "The person with their new association",
      content = @Content(schema = @Schema(implementation = PersonResponse.class)))
  @APIResponse(
      responseCode = "409",
      description = "already-associated, or concurrent-update: read the person again and retry")
  @APIResponse(
      responseCode = "422",
      description =
          "association-limit-reached, association-too-soon or change-before-last-association")
  public PersonResponse associate(
      @PathParam("personId") UUID personId,
      @Valid @NotNull(payload = MissingBody.class) AssociateRequest body) {
    return mapper.toResponse(
        associations.associate(
            actor.get(), new PersonId(personId), new OrganizationId(body.organizationId())));
  }

  @DELETE
  @RolesAllowed({Roles.PERSON, Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(summary = "Stop counting for your organization (the person only)")
  @APIResponse(
      responseCode = "200",
      description = "The person with the ended association",
      content = @Content(schema = @Schema(implementation = PersonResponse.class)))
  @APIResponse(responseCode = "409", description = "not-associated: the person counts for none")
  @APIResponse(responseCode = "422", description = "change-before-last-association")
  public PersonResponse leave(@PathParam("personId") UUID personId) {
    return mapper.toResponse(associations.leave(actor.get(), new PersonId(personId)));
  }
}
