package org.attain.adapter.rest.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.attain.domain.catalog.RequirementOption;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One way to reach a level: steps that must all hold, a person filling one slot at most. */
@Schema(name = "RequirementOption")
public record OptionDocument(
    @NotBlank @Size(max = RequirementOption.MAX_NAME_LENGTH) @Schema(examples = "Azure consumption")
        String name,
    @NotNull @Size(min = 1, max = RequirementOption.MAX_STEPS)
        List<@NotNull @Valid StepDocument> steps) {}
