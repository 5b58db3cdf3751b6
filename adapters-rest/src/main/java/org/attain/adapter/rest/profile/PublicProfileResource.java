package org.attain.adapter.rest.profile;

import jakarta.annotation.security.PermitAll;
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
import org.attain.adapter.rest.paging.PageParameters;
import org.attain.adapter.rest.paging.PageResponse;
import org.attain.adapter.rest.time.AsOfParameter;
import org.attain.application.port.in.ManageProfile;
import org.attain.domain.organization.OrganizationId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Marketing profiles as the public reads and searches them (R8): no token, nothing on persons. */
@Path(Api.BASE + "/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles")
public class PublicProfileResource {

  private final ManageProfile profiles;
  private final ProfileMapper mapper;

  @Inject
  public PublicProfileResource(ManageProfile profiles, ProfileMapper mapper) {
    this.profiles = profiles;
    this.mapper = mapper;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "Search profiles (public)",
      description =
          "By words in the name, description, industries or cities, by the organization's"
              + " country, and by a competency shown and its level. Most relevant first: a hit"
              + " in the name, then in the industries, then elsewhere; then the more"
              + " competencies shown at Gold; then by name.")
  @APIResponse(
      responseCode = "400",
      description =
          "validation-failed: q, country, competency, level or paging; invalid-value: an"
              + " unknown country")
  public PageResponse<ProfileResponse> search(
      @Valid @BeanParam ProfileSearchParameters criteria, @Valid @BeanParam PageParameters paging) {
    return PageResponse.of(
        profiles.search(criteria.toCriteria(), paging.toRequest()), mapper::toResponse);
  }

  @GET
  @Path("/{organizationId}")
  @PermitAll
  @Operation(
      summary = "Read a profile (public)",
      description = "With the competencies its membership lets it show on `asOf` (today).")
  @APIResponse(responseCode = "400", description = "validation-failed: asOf is not a date")
  @APIResponse(responseCode = "404", description = "profile-not-found or organization-not-found")
  public ProfileResponse get(
      @PathParam("organizationId") UUID organizationId, @Valid @BeanParam AsOfParameter asOf) {
    return mapper.toResponse(
        profiles.publicProfile(new OrganizationId(organizationId), asOf.toDate()));
  }
}
