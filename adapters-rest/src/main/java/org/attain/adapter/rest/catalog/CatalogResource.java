package org.attain.adapter.rest.catalog;

import jakarta.annotation.security.PermitAll;
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
import org.attain.adapter.rest.Api;
import org.attain.adapter.rest.paging.PageParameters;
import org.attain.adapter.rest.paging.PageResponse;
import org.attain.adapter.rest.problem.MissingBody;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.adapter.rest.time.AsOfParameter;
import org.attain.application.error.NotFoundException;
import org.attain.application.port.in.ManageCatalog;
import org.attain.domain.catalog.Catalog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The competency catalog: public to read, its new versions published by agents. */
@Path(Api.BASE + "/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CatalogResource {

  private final ManageCatalog catalog;
  private final CatalogMapper mapper;
  private final CurrentActor actor;

  @Inject
  public CatalogResource(ManageCatalog catalog, CatalogMapper mapper, CurrentActor actor) {
    this.catalog = catalog;
    this.mapper = mapper;
    this.actor = actor;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "Read the catalog in force (public)",
      description =
          "The version evaluations use on `asOf`. Its body can be edited and posted back to"
              + " /catalog/versions as a new version.")
  @APIResponse(
      responseCode = "200",
      description = "The catalog in force",
      content = @Content(schema = @Schema(implementation = CatalogDocument.class)))
  @APIResponse(responseCode = "400", description = "validation-failed: asOf is not a date")
  @APIResponse(
      responseCode = "422",
      description = "no-catalog-in-force: asOf is before the first version")
  public CatalogDocument inForce(@Valid @BeanParam AsOfParameter asOf) {
    return mapper.toDocument(catalog.inForce(asOf.toDate()));
  }

  @GET
  @Path("/versions")
  @PermitAll
  @Operation(summary = "List the catalog's versions, oldest first (public)")
  public PageResponse<CatalogVersionResponse> versions(@Valid @BeanParam PageParameters paging) {
    return PageResponse.of(catalog.versions(), paging.toRequest(), mapper::toVersion);
  }

  @GET
  @Path("/versions/{version}")
  @PermitAll
  @Operation(summary = "Read one version of the catalog in full (public)")
  @APIResponse(
      responseCode = "200",
      description = "The version",
      content = @Content(schema = @Schema(implementation = CatalogDocument.class)))
  @APIResponse(responseCode = "404", description = "catalog-version-not-found")
  public CatalogDocument version(@PathParam("version") int version) {
    return catalog.versions().stream()
        .filter(stored -> stored.version() == version)
        .findFirst()
        .map(mapper::toDocument)
        .orElseThrow(() -> new NotFoundException("catalog-version", version));
  }

  @POST
  @Path("/versions")
  @RolesAllowed(Roles.AGENT)
  @SecurityRequirement(name = Api.BEARER)
  @Operation(
      summary = "Publish a new version of the catalog (agents only)",
      description =
          "The body is a whole catalog, as GET /catalog answers it; its version number is given"
              + " by the service. It takes effect from `effectiveFrom`, which must be today or"
              + " later and after the latest version's; earlier days keep their catalog.")
  @APIResponse(
      responseCode = "201",
      description = "Published; Location is the new version",
      content = @Content(schema = @Schema(implementation = CatalogDocument.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "invalid-request, validation-failed or invalid-value: `errors` names each offending"
              + " field by its JSON path, e.g. competencies[3].gold.options[0].steps[1].count")
  @APIResponse(
      responseCode = "409",
      description = "concurrent-update: another version was published at the same time")
  @APIResponse(
      responseCode = "422",
      description = "catalog-effective-in-the-past or catalog-effective-too-early")
  public RestResponse<CatalogDocument> publish(
      @Valid @NotNull(payload = MissingBody.class) CatalogDocument body, @Context UriInfo uri) {
    Catalog published = catalog.publish(actor.get(), mapper.toChange(body));
    return RestResponse.ResponseBuilder.<CatalogDocument>created(
            uri.getAbsolutePathBuilder().path(String.valueOf(published.version())).build())
        .entity(mapper.toDocument(published))
        .build();
  }
}
