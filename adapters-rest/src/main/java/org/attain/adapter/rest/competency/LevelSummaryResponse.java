package org.attain.adapter.rest.competency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a level is met, by which option, and the option nearest to meeting it. */
public record LevelSummaryResponse(
    boolean met,
    @Schema(description = "The option that meets the level, the first in catalog order; else null")
        String metBy,
    @Schema(description = "The meeting option, or else the one nearest to being met")
        ClosestOptionResponse closest) {}
