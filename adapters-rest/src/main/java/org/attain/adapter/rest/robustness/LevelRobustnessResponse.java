package org.attain.adapter.rest.robustness;

import java.util.List;
import org.attain.adapter.rest.competency.ContributorResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Issue 13: the fewest departures that would lose a level, with one such set of persons. */
public record LevelRobustnessResponse(
    @Schema(
            description =
                "NOT_HELD, NO_DEPARTURE_LOSES_IT (performance alone or an override carries it) or"
                    + " LOST_BY")
        RobustnessKind kind,
    @Schema(
            description =
                "For LOST_BY: how many persons leaving together lose it; 1 = a key person",
            examples = "1")
        Integer departures,
    @Schema(description = "For LOST_BY: one smallest set of persons whose departure loses it")
        List<ContributorResponse> smallestSet,
    @Schema(description = "For LOST_BY: false only when departures is an upper bound")
        Boolean exact) {

  /** What kind of answer the robustness is. */
  public enum RobustnessKind {
    NOT_HELD,
    NO_DEPARTURE_LOSES_IT,
    LOST_BY
  }
}
