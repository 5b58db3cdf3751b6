package org.attain.adapter.rest.risk;

import java.util.List;
import org.attain.domain.catalog.Level;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far one competency is from a level, in the words kept on the day the alert was raised. */
public record ShortfallResponse(
    String competencyId,
    Level level,
    @Schema(description = "The competency's most advanced option for the level") String option,
    int percentComplete,
    @Schema(description = "What each unmet step of that option lacks, one sentence each")
        List<String> missing,
    @Schema(description = "The whole line, as the alert's email shows it") String description) {}
