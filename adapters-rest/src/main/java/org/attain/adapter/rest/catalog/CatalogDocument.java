package org.attain.adapter.rest.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.attain.domain.catalog.Catalog;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A version of the competency catalog, in the shape of the default catalog the service ships with:
 * what {@code GET} answers can be edited and posted back as a new version.
 */
@Schema(name = "Catalog")
public record CatalogDocument(
    @Schema(
            readOnly = true,
            description =
                "Given by the service when the version is published; ignored in a request",
            examples = "1")
        Integer version,
    @NotNull
        @Schema(
            description = "First day evaluations use this version (today or later when published)",
            examples = "2026-01-01")
        LocalDate effectiveFrom,
    @NotNull
        @Size(max = Catalog.MAX_RETIRED_CREDENTIALS)
        @Schema(description = "Retired exams, which count until their end of credit")
        List<@NotNull @Valid RetiredCredentialDocument> retiredCredentials,
    @NotNull @Size(min = 1, max = Catalog.MAX_COMPETENCIES)
        List<@NotNull @Valid CompetencyDocument> competencies) {}
