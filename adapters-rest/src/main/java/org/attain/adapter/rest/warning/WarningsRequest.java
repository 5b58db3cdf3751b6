package org.attain.adapter.rest.warning;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which proactive warnings an organization's admins want. */
public record WarningsRequest(
    @NotNull
        @Schema(
            description =
                "Whether the admins are warned (alert and email) when the paid membership rests on"
                    + " one key person",
            examples = "false")
        Boolean keyPersonWarning) {}
