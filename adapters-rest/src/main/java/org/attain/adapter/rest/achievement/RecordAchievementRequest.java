package org.attain.adapter.rest.achievement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person earned, as an agent or the certification feed records it. */
public record RecordAchievementRequest(
    @NotNull AchievementKind kind,
    @NotBlank @Size(max = AchievementCode.MAX_LENGTH) @Schema(examples = "70-533") String code,
    @NotNull @Schema(examples = "2024-03-15") LocalDate earnedOn,
    @Schema(description = "Last day a time-limited certification is valid") LocalDate expiresOn,
    @Schema(description = "Last day a retired exam still earns credit") LocalDate creditEndsOn) {}
