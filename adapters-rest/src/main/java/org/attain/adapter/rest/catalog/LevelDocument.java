package org.attain.adapter.rest.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.attain.domain.catalog.LevelRequirement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a level requires: alternative options, any one of which reaches it. */
@Schema(name = "LevelRequirement")
public record LevelDocument(
    @NotNull @Size(min = 1, max = LevelRequirement.MAX_OPTIONS)
        List<@NotNull @Valid OptionDocument> options) {}
