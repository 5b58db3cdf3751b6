package org.attain.adapter.rest.competency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an organization holds in every competency of the catalog in force on a day. */
public record CompetenciesResponse(
    UUID organizationId,
    @Schema(description = "The day evaluated", examples = "2025-04-01") LocalDate date,
    @Schema(description = "The catalog version evaluated against", examples = "1")
        int catalogVersion,
    List<CompetencySummaryResponse> competencies) {}
