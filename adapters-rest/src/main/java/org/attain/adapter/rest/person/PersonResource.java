package org.attain.adapter.rest.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.attain.adapter.rest.problem.MissingBody;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.ReadPersons;
import org.attain.application.port.in.RegisterPerson;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Creating and reading persons' accounts. */
@Path(Api.BASE + "/persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
@SecurityRequirement(name = Api.BEARER)
public class PersonResource {

  private final RegisterPerson register;
  private final ReadPersons persons;
  private final PersonMapper mapper;
  private final CurrentActor actor;

  @Inject
  public PersonResource(
      RegisterPerson register, ReadPersons persons, PersonMapper mapper, CurrentActor actor) {
    this.register = register;
    this.persons = persons;
    this.mapper = mapper;
    this.actor = actor;
  }

  @POST
  @RolesAllowed(Roles.AGENT)
  @Operation(summary = "Create a person's account (agents only)")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location is the person",
      content = @Content(schema = @Schema(implementation = PersonResponse.class)))
  @APIResponse(responseCode = "409", description = "email-taken: another person has this email")
  public RestResponse<PersonResponse> register(
      @Valid @NotNull(payload = MissingBody.class) RegisterPersonRequest body,
      @Context UriInfo uri) {
    Person registered = register.register(actor.get(), mapper.toCommand(body));
    return RestResponse.ResponseBuilder.<PersonResponse>created(
            uri.getAbsolutePathBuilder().path(registered.id().toString()).build())
        .entity(mapper.toResponse(registered))
        .build();
  }

  @GET
  @Path("/{personId}")
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN, Roles.PERSON})
  @Operation(summary = "Read a person (themself, agents, admins of their current organization)")
  public PersonResponse get(@PathParam("personId") UUID personId) {
    return mapper.toResponse(persons.get(actor.get(), new PersonId(personId)));
  }
}
