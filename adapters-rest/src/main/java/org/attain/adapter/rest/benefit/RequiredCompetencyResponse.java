package org.attain.adapter.rest.benefit;

import org.attain.domain.catalog.Level;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The competency level an offer needs: in one competency, or in any when none is named. */
public record RequiredCompetencyResponse(
    @Schema(
            description = "The competency's id; null for any competency",
            examples = "cloud-platform")
        String competency,
    Level level) {}
