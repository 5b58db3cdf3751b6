package org.attain.adapter.rest.robustness;

import java.util.List;
import org.attain.adapter.rest.competency.ContributorResponse;
import org.attain.domain.membership.MembershipLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Issue 13: how robust the requirement a paid membership rests on is (any competency at Silver or
 * Gold for Silver, at Gold for Gold).
 */
public record MembershipRobustnessResponse(
    MembershipLevel level,
    LevelRobustnessResponse robustness,
    @Schema(description = "Persons whose departure alone leaves no competency carrying the level")
        List<ContributorResponse> keyPersons,
    @Schema(description = "What one more person could hold, given when robustness is 1")
        List<ReinforcementResponse> raisedBy) {}
