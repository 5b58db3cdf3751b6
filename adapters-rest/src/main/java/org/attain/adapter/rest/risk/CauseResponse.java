package org.attain.adapter.rest.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an alert was raised or a competency changed state, as it was recorded. */
public record CauseResponse(
    @Schema(
            description = "A stable kind clients can sort on, e.g. person-left, metric-reported",
            examples = "person-left")
        String kind,
    @Schema(description = "The sentence the organization's admins read") String description) {}
