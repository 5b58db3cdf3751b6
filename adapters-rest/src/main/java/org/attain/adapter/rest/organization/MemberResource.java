package org.attain.adapter.rest.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import org.attain.application.port.in.ChangeAssociation;
import org.attain.application.port.in.ListMembers;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The persons an organization counts, and its admins removing those who have left. */
@Path(Api.BASE + "/organizations/{organizationId}/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
@SecurityRequirement(name = Api.BEARER)
public class MemberResource {

  private final ListMembers members;
  private final ChangeAssociation associations;
  private final MemberMapper mapper;
  private final CurrentActor actor;

  @Inject
  public MemberResource(
      ListMembers members,
      ChangeAssociation associations,
      MemberMapper mapper,
      CurrentActor actor) {
    this.members = members;
    this.associations = associations;
    this.mapper = mapper;
    this.actor = actor;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(summary = "List the persons an organization counts today, with their achievements")
  public PageResponse<MemberResponse> list(
      @PathParam("organizationId") UUID organizationId, @Valid @BeanParam PageParameters paging) {
    return PageResponse.of(
        members.list(actor.get(), new OrganizationId(organizationId), paging.toRequest()),
        mapper::toResponse);
  }

  @DELETE
  @Path("/{personId}")
  @RolesAllowed(Roles.PARTNER_ADMIN)
  @Operation(summary = "Remove a person who has left the organization (its admins only)")
  @APIResponse(responseCode = "204", description = "Removed; the association history keeps it")
  @APIResponse(
      responseCode = "409",
      description = "not-associated: the person does not count for this organization")
  public void remove(
      @PathParam("organizationId") UUID organizationId, @PathParam("personId") UUID personId) {
    associations.remove(actor.get(), new OrganizationId(organizationId), new PersonId(personId));
  }
}
