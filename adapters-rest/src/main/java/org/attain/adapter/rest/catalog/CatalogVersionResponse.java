package org.attain.adapter.rest.catalog;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of the catalog, in short. */
public record CatalogVersionResponse(
    @Schema(examples = "1") int version,
    @Schema(examples = "2017-01-01") LocalDate effectiveFrom,
    @Schema(description = "How many competencies it defines", examples = "18")
        int competencyCount) {}
