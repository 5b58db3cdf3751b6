package org.attain.adapter.rest.robustness;

import java.util.List;
import org.attain.adapter.rest.competency.ContributorResponse;
import org.attain.domain.catalog.Level;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Issue 13: one level held in one competency, its robustness and key persons. */
public record HeldLevelResponse(
    @Schema(examples = "cloud-platform") String competencyId,
    @Schema(examples = "Cloud Platform") String competencyName,
    Level level,
    LevelRobustnessResponse robustness,
    @Schema(description = "Persons whose departure alone loses the level")
        List<ContributorResponse> keyPersons,
    @Schema(description = "What one more person could hold, given when robustness is 1")
        List<ReinforcementResponse> raisedBy) {}
