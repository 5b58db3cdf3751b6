package org.attain.adapter.rest.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Of whom {@code count} also hold {@code qualification}", at most the step's own count. */
@Schema(name = "OfWhom")
public record OfWhomDocument(
    @NotNull @Min(1) @Max(CertifiedIndividuals.MAX_COUNT) @Schema(examples = "1") Integer count,
    @NotNull @Valid QualificationDocument qualification) {}
