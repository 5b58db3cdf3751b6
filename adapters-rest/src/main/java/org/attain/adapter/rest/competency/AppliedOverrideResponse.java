package org.attain.adapter.rest.competency;

import java.time.LocalDate;
import java.util.UUID;
import org.attain.adapter.rest.override.GrantResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** R7: an agent's override the status rests on on the evaluated day, and until when it holds. */
public record AppliedOverrideResponse(
    UUID overrideId,
    GrantResponse grant,
    @Schema(description = "The last day it holds; the status may drop on the day after")
        LocalDate lastDay) {}
