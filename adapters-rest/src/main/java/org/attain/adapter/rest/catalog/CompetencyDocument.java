package org.attain.adapter.rest.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A competency of the catalog and what each of its levels requires. */
@Schema(name = "Competency")
public record CompetencyDocument(
    @NotBlank
        @Size(max = CompetencyId.MAX_LENGTH)
        @Schema(
            description = "A stable slug: lower-case letters and digits separated by hyphens",
            examples = "cloud-platform")
        String id,
    @NotBlank @Size(max = Competency.MAX_NAME_LENGTH) @Schema(examples = "Cloud Platform")
        String name,
    @NotNull AttainmentPath path,
    @Valid @Schema(description = "null for a Gold-only competency") LevelDocument silver,
    @NotNull @Valid LevelDocument gold) {}
