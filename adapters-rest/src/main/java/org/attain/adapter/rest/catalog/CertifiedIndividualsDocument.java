package org.attain.adapter.rest.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** {@code "kind": "certifiedIndividuals"}: distinct persons holding a qualification. */
@Schema(
    name = "CertifiedIndividualsStep",
    properties =
        @SchemaProperty(
            name = "kind",
            type = SchemaType.STRING,
            enumeration = StepDocument.PERSONS))
public record CertifiedIndividualsDocument(
    @NotNull @Min(1) @Max(CertifiedIndividuals.MAX_COUNT) @Schema(examples = "2") Integer count,
    @NotNull @Valid QualificationDocument qualification,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Valid
        @Schema(description = "How many of the persons must also hold another credential")
        OfWhomDocument ofWhom)
    implements StepDocument {}
