package org.attain.adapter.rest.robustness;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Issue 13: a person whose departure alone would lose something, and what. */
public record KeyPersonResponse(
    UUID personId,
    @Schema(examples = "Ana Lima") String name,
    List<LevelLossResponse> wouldLose,
    @Schema(description = "Whether no competency would then carry the paid membership level")
        boolean membershipWouldRestOnNothing) {}
