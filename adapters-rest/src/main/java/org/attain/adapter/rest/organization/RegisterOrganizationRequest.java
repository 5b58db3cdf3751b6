package org.attain.adapter.rest.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agent's request to enrol a partner organization. */
public record RegisterOrganizationRequest(
    @NotBlank @Size(max = Organization.MAX_NAME_LENGTH) @Schema(examples = "Contoso Ltd")
        String name,
    @NotBlank
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        @Schema(description = "ISO 3166-1 alpha-2 country code", examples = "PT")
        String country,
    @NotNull Market market,
    @NotNull
        @Size(min = 1, max = Organization.MAX_ADMINS)
        @Schema(description = "Who receives the programme's notifications")
        List<@NotNull @Valid AdminRequest> admins) {}
