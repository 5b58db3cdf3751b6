package org.attain.adapter.rest.override;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Level;
import org.attain.domain.metric.Metric;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an override grants; which other fields are required depends on {@code kind}. */
public record GrantRequest(
    @NotNull GrantKind kind,
    @Schema(description = "HOLDS_CREDENTIAL: the person who counts as holding the credential")
        UUID personId,
    @Size(max = AchievementCode.MAX_LENGTH)
        @Schema(description = "HOLDS_CREDENTIAL: the exam or certification", examples = "70-533")
        String code,
    @Schema(description = "PERFORMANCE_MET: the metric whose steps count as met") Metric metric,
    @Schema(description = "LEVEL_GRANTED: the level held") Level level) {}
