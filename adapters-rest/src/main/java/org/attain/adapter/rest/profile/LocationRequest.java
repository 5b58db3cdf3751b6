package org.attain.adapter.rest.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.attain.domain.profile.Location;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place the organization works from, as its admin writes it. */
public record LocationRequest(
    @NotBlank
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        @Schema(description = "ISO 3166-1 alpha-2 country code", examples = "PT")
        String country,
    @NotBlank @Size(max = Location.MAX_CITY_LENGTH) @Schema(examples = "Lisboa") String city) {}
