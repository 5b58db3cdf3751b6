package org.attain.adapter.rest.competency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.evaluation.AttainedLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** R2: one competency in detail, every level, option and step with its progress and persons. */
public record CompetencyDetailResponse(
    UUID organizationId,
    @Schema(examples = "2025-04-01") LocalDate date,
    @Schema(examples = "1") int catalogVersion,
    @Schema(examples = "cloud-platform") String id,
    @Schema(examples = "Cloud Platform") String name,
    AttainmentPath path,
    AttainedLevel level,
    @Schema(description = "null for a Gold-only competency") LevelDetailResponse silver,
    LevelDetailResponse gold,
    @Schema(
            description =
                "R7: the agents' overrides that hold on the day: what of the status rests on"
                    + " them, and until when")
        List<AppliedOverrideResponse> overrides) {}
