package org.attain.adapter.rest.membership;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** R5: whether the membership can be renewed at its level today, and if not, why. */
public record RenewalResponse(
    boolean possible,
    @Schema(
            description = "Why not, a stable code; null when renewal is possible",
            examples = "renewal-not-yet-open")
        String reason,
    @Schema(description = "First day renewal is accepted; null without a paid membership")
        LocalDate opensOn,
    @Schema(description = "Last day renewal is accepted; null without a paid membership")
        LocalDate closesOn,
    @Schema(description = "When the requirement is not met, the competencies nearest to it")
        List<ClosestCompetencyResponse> closestCompetencies) {}
