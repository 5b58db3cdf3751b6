package org.attain.adapter.rest.achievement;

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
import java.util.List;
import java.util.UUID;
import org.attain.adapter.rest.Api;
import org.attain.adapter.rest.problem.MissingBody;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.RecordAchievement;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A person's achievements: recorded by agents, read by whoever may read the person. */
@Path(Api.BASE + "/persons/{personId}/achievements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Achievements")
@SecurityRequirement(name = Api.BEARER)
public class AchievementResource {

  private final RecordAchievement achievements;
  private final AchievementMapper mapper;
  private final CurrentActor actor;

  @Inject
  public AchievementResource(
      RecordAchievement achievements, AchievementMapper mapper, CurrentActor actor) {
    this.achievements = achievements;
    this.mapper = mapper;
    this.actor = actor;
  }

  @POST
  @RolesAllowed(Roles.AGENT)
  @Operation(summary = "Record an achievement a person earned (agents only)")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; Location lists the achievements",
      content = @Content(schema = @Schema(implementation = AchievementResponse.class)))
  @APIResponse(
      responseCode = "409",
      description = "achievement-already-recorded: the same code earned on the same day")
  public RestResponse<AchievementResponse> record(
      @PathParam("personId") UUID personId,
      @Valid @NotNull(payload = MissingBody.class) RecordAchievementRequest body,
      @Context UriInfo uri) {
    Achievement recorded = achievements.record(actor.get(), mapper.toCommand(personId, body));
    return RestResponse.ResponseBuilder.<AchievementResponse>created(uri.getAbsolutePath())
        .entity(mapper.toResponse(recorded))
        .build();
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN, Roles.PERSON})
  @Operation(summary = "List a person's achievements")
  public List<AchievementResponse> list(@PathParam("personId") UUID personId) {
    return mapper.toResponses(achievements.of(actor.get(), new PersonId(personId)));
  }
}
