package org.attain.adapter.rest.competency;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.attain.adapter.rest.json.WrittenAnswers;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.adapter.rest.time.AsOfParameter;
import org.attain.application.error.NotFoundException;
import org.attain.application.port.in.ReadCompetencies;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.InvalidValueException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R1, R2: what an organization has attained, read by its admins and by agents. */
@Path(Api.BASE + "/organizations/{organizationId}/competencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competencies")
@SecurityRequirement(name = Api.BEARER)
public class CompetencyResource {

  private final ReadCompetencies competencies;
  private final AttainmentMapper mapper;
  private final CurrentActor actor;
  private final WrittenAnswers<ReadCompetencies.Status> answers;

  /** Today's competencies are kept by the use case for as many organizations. */
  static final int WRITTEN_ANSWERS = 2_000;

  @Inject
  CompetencyResource(
      ReadCompetencies competencies,
      AttainmentMapper mapper,
      CurrentActor actor,
      ObjectMapper json) {
    this.competencies = competencies;
    this.mapper = mapper;
    this.actor = actor;
    this.answers =
        new WrittenAnswers<>(
            ReadCompetencies.Status::organization, mapper::toResponse, json, WRITTEN_ANSWERS);
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "Every competency with the level held and a line of progress per level",
      description =
          "Evaluated against the catalog in force on `asOf` (today when absent). For each level:"
              + " whether it is met and by which option, and the option nearest to being met"
              + " (most of its steps met, then fewest certified persons missing).")
  @APIResponse(
      responseCode = "200",
      description = "Every competency of the catalog in force, with its progress",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CompetenciesResponse.class)))
  @APIResponse(responseCode = "400", description = "validation-failed: asOf is not a date")
  @APIResponse(
      responseCode = "422",
      description = "no-catalog-in-force: asOf is before the first catalog version")
  public byte[] list(
      @PathParam("organizationId") UUID organizationId, @Valid @BeanParam AsOfParameter asOf) {
    return answers.of(
        competencies.status(actor.get(), new OrganizationId(organizationId), asOf.toDate()));
  }

  @GET
  @Path("/{competencyId}")
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "One competency in detail: every option and step, progress and contributors",
      description =
          "Evaluated against the catalog in force on `asOf` (today when absent). Each"
              + " certified-individuals step names the persons filling it; a person fills one slot"
              + " of an option at most.")
  @APIResponse(
      responseCode = "404",
      description = "organization-not-found, or competency-not-found in the catalog of that day")
  @APIResponse(responseCode = "400", description = "validation-failed: asOf is not a date")
  @APIResponse(
      responseCode = "422",
      description = "no-catalog-in-force: asOf is before the first catalog version")
  public CompetencyDetailResponse get(
      @PathParam("organizationId") UUID organizationId,
      @PathParam("competencyId") String competencyId,
      @Valid @BeanParam AsOfParameter asOf) {
    return mapper.toResponse(
        competencies.competency(
            actor.get(),
            new OrganizationId(organizationId),
            competency(competencyId),
            asOf.toDate()));
  }

  /** A path that cannot name a competency names none, as a malformed organization id does. */
  private static CompetencyId competency(String id) {
    try {
      return new CompetencyId(id);
    } catch (InvalidValueException malformed) {
      throw new NotFoundException("competency", id);
    }
  }
}
