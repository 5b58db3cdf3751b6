package org.attain.adapter.rest.override;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.override.AgentOverride;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An override an agent grants an organization in one competency (R7). */
public record GrantOverrideRequest(
    @NotBlank @Size(max = CompetencyId.MAX_LENGTH) @Schema(examples = "cloud-platform")
        String competencyId,
    @NotNull @Valid GrantRequest grant,
    @NotBlank @Size(max = AgentOverride.MAX_REASON_LENGTH) String reason,
    @Schema(description = "First day it holds; today when absent", examples = "2025-04-01")
        LocalDate startsOn,
    @Schema(
            description =
                "Last day it holds, included; three months after the start when absent, never"
                    + " beyond the programme's maximum",
            examples = "2025-06-30")
        LocalDate lastDay) {}
