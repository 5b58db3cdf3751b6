package org.attain.adapter.rest.competency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far one option of a level is: "1 of 2 steps met, 3 persons missing". */
public record ClosestOptionResponse(
    @Schema(examples = "Azure consumption") String option,
    @Schema(examples = "1") int stepsMet,
    @Schema(examples = "2") int steps,
    @Schema(
            description = "Certified persons still needed over all its steps (0 when they are all)",
            examples = "0")
        int personsMissing) {}
