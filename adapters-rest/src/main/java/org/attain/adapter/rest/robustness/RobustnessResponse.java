package org.attain.adapter.rest.robustness;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Issue 13: what an organization's levels and membership rest on, on a day. */
public record RobustnessResponse(
    UUID organizationId,
    @Schema(description = "The day analysed", examples = "2025-04-01") LocalDate date,
    @Schema(description = "The catalog version analysed against", examples = "1")
        int catalogVersion,
    @Schema(
            description = "One sentence for a person: what the membership rests on and who is key",
            examples =
                "Your Silver membership rests on one person: Ana Lima. Cloud Platform at Silver"
                    + " would be lost if Ana Lima left.")
        String summary,
    @Schema(description = "The paid membership's basis; null for a network member")
        MembershipRobustnessResponse membership,
    @Schema(description = "Every level held, Gold before Silver in each competency")
        List<HeldLevelResponse> levels,
    @Schema(description = "Every person whose departure alone would lose something")
        List<KeyPersonResponse> keyPersons) {}
