package org.attain.adapter.rest.competency;

import java.util.List;
import org.attain.adapter.rest.catalog.QualificationDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Of whom 2 also hold 70-339": how many of the step's persons hold the other credential too. */
public record OfWhomProgressResponse(
    @Schema(examples = "2") int required,
    @Schema(examples = "1") int achieved,
    QualificationDocument qualification,
    @Schema(description = "Those of the step's contributors who fill these slots")
        List<ContributorResponse> contributors) {}
