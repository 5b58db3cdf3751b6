package org.attain.adapter.rest.override;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agent's override of an organization's achievement in a competency (R7). */
public record OverrideResponse(
    UUID id,
    UUID organizationId,
    String competencyId,
    GrantResponse grant,
    @Schema(description = "The agent who granted it") String agent,
    String reason,
    LocalDate grantedOn,
    LocalDate startsOn,
    @Schema(description = "The last day it holds as granted, included") LocalDate lastDay,
    @Schema(
            description =
                "The last day it actually holds, revocation considered; absent when revoked"
                    + " before it started")
        LocalDate effectiveLastDay,
    @Schema(description = "Present when an agent ended it early") RevocationResponse revocation,
    long version) {}
