package org.attain.adapter.rest.robustness;

import org.attain.domain.evaluation.AttainedLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Issue 13: a competency whose level would drop from {@code now} to {@code then}. */
public record LevelLossResponse(
    @Schema(examples = "cloud-platform") String competencyId,
    @Schema(examples = "Cloud Platform") String competencyName,
    AttainedLevel now,
    AttainedLevel then) {}
