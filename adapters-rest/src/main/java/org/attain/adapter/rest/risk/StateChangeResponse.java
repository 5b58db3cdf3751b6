package org.attain.adapter.rest.risk;

import java.time.LocalDate;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.risk.CompetencyState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an organization's competency history (R6). */
public record StateChangeResponse(
    String competencyId,
    CompetencyState state,
    @Schema(description = "The level attained on the day; NONE once lost, even while still shown")
        AttainedLevel level,
    @Schema(description = "For OVERRIDDEN only: the override's last day, included") LocalDate until,
    @Schema(description = "The day the competency entered this state") LocalDate day,
    CauseResponse cause) {}
