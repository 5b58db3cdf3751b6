package org.attain.adapter.rest.competency;

import java.util.List;
import org.attain.adapter.rest.catalog.QualificationDocument;
import org.attain.adapter.rest.catalog.StepDocument;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** {@code "kind": "certifiedIndividuals"}: "3 of 4 certified persons", and who they are. */
@Schema(
    name = "CertifiedIndividualsProgress",
    properties =
        @SchemaProperty(
            name = "kind",
            type = SchemaType.STRING,
            enumeration = StepDocument.PERSONS))
public record PersonsProgressResponse(
    boolean met,
    @Schema(examples = "4") int required,
    @Schema(examples = "3") int achieved,
    @Schema(description = "required - achieved", examples = "1") int missing,
    QualificationDocument qualification,
    @Schema(description = "The persons of whom some must also hold another credential; else null")
        OfWhomProgressResponse ofWhom,
    @Schema(description = "The persons filling the step's slots, by id")
        List<ContributorResponse> contributors)
    implements StepProgressResponse {}
