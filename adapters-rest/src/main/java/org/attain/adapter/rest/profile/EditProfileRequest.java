package org.attain.adapter.rest.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.attain.domain.profile.Industry;
import org.attain.domain.profile.MarketingProfile;
import org.attain.domain.profile.Website;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole public profile as an organization's admin writes it; it replaces the stored one. */
public record EditProfileRequest(
    @NotNull
        @Size(max = MarketingProfile.MAX_DESCRIPTION_LENGTH)
        @Schema(description = "What the organization offers; plain text, line breaks kept")
        String description,
    @Size(max = MarketingProfile.MAX_LOCATIONS)
        @Schema(description = "Up to 5 places, no two the same")
        List<@NotNull @Valid LocationRequest> locations,
    @Size(max = MarketingProfile.MAX_INDUSTRIES)
        @Schema(description = "Industries served, no two the same", examples = "[\"Retail\"]")
        List<@NotBlank @Size(max = Industry.MAX_LENGTH) String> industries,
    @Size(max = Website.MAX_LENGTH)
        @Schema(description = "An https URL; absent for none", examples = "https://contoso.com")
        String website) {}
