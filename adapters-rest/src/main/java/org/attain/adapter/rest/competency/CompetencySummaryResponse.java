package org.attain.adapter.rest.competency;

import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.evaluation.AttainedLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The level held in one competency, with a line of progress on each of its levels. */
public record CompetencySummaryResponse(
    @Schema(examples = "cloud-platform") String id,
    @Schema(examples = "Cloud Platform") String name,
    AttainmentPath path,
    @Schema(description = "Gold implies Silver") AttainedLevel level,
    @Schema(description = "null for a Gold-only competency") LevelSummaryResponse silver,
    LevelSummaryResponse gold) {}
