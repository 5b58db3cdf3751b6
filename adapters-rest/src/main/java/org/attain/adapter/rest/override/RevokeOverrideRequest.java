package org.attain.adapter.rest.override;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.attain.domain.override.AgentOverride;

/** Why an agent ends an override early. */
public record RevokeOverrideRequest(
    @NotBlank @Size(max = AgentOverride.MAX_REASON_LENGTH) String reason) {}
