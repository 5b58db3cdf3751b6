package org.attain.adapter.rest.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A public profile (R8). It names the organization and nothing about its persons: no names, no
 * emails, not even its admins'.
 */
public record ProfileResponse(
    UUID organizationId,
    @Schema(description = "The organization's name") String name,
    @Schema(description = "The organization's country, ISO 3166-1 alpha-2") String country,
    @Schema(description = "The day the shown competencies are worked out for") LocalDate asOf,
    String description,
    List<LocationResponse> locations,
    List<String> industries,
    @Schema(description = "Absent when the organization gave none") String website,
    @Schema(
            description =
                "None for a network member; Silver ones under Silver; Silver and Gold under Gold")
        List<ShownCompetencyResponse> competencies) {}
