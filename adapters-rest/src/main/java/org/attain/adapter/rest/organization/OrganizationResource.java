package org.attain.adapter.rest.organization;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.attain.adapter.rest.json.WrittenAnswers;
import org.attain.adapter.rest.paging.PageParameters;
import org.attain.adapter.rest.paging.PageResponse;
import org.attain.adapter.rest.problem.MissingBody;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.ReadOrganizations;
import org.attain.application.port.in.RegisterOrganization;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Enrolling and reading partner organizations. */
@Path(Api.BASE + "/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
@SecurityRequirement(name = Api.BEARER)
public class OrganizationResource {

  private final RegisterOrganization register;
  private final ReadOrganizations organizations;
  private final OrganizationMapper mapper;
  private final CurrentActor actor;
  private final WrittenAnswers<Organization> answers;

  /** How many organizations' answers are kept written: under a kilobyte each. */
  static final int WRITTEN_ANSWERS = 10_000;

  @Inject
  public OrganizationResource(
      RegisterOrganization register,
      ReadOrganizations organizations,
      OrganizationMapper mapper,
      CurrentActor actor,
      ObjectMapper json) {
    this.register = register;
    this.organizations = organizations;
    this.mapper = mapper;
    this.actor = actor;
    this.answers =
        new WrittenAnswers<>(
            Organization::id, found -> mapper.toResponse(found), json, WRITTEN_ANSWERS);
  }

  @POST
  @RolesAllowed(Roles.AGENT)
  @Operation(summary = "Enrol a partner organization (agents only)")
  @APIResponse(
      responseCode = "201",
      description = "Enrolled; Location is the organization",
      content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
  public RestResponse<OrganizationResponse> register(
      @Valid @NotNull(payload = MissingBody.class) RegisterOrganizationRequest body,
      @Context UriInfo uri) {
    Organization enrolled = register.register(actor.get(), mapper.toCommand(body));
    return RestResponse.ResponseBuilder.<OrganizationResponse>created(
            uri.getAbsolutePathBuilder().path(enrolled.id().toString()).build())
        .entity(mapper.toResponse(enrolled))
        .build();
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(summary = "List organizations: all for agents, their own for a partner admin")
  public PageResponse<OrganizationResponse> list(@Valid @BeanParam PageParameters paging) {
    return PageResponse.of(organizations.list(actor.get(), paging.toRequest()), mapper::toResponse);
  }

  @GET
  @Path("/{organizationId}")
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(summary = "Read an organization (agents, or its own admins)")
  @APIResponse(
      responseCode = "200",
      description = "The organization",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganizationResponse.class)))
  public byte[] get(@PathParam("organizationId") UUID organizationId) {
    return answers.of(organizations.get(actor.get(), new OrganizationId(organizationId)));
  }
}
