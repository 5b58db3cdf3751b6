package org.attain.adapter.rest.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.attain.adapter.rest.achievement.AchievementResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person an organization counts today, with everything they earned. */
public record MemberResponse(
    UUID id,
    String name,
    String email,
    @Schema(description = "The day the person's achievements started counting for it")
        LocalDate since,
    List<AchievementResponse> achievements) {}
