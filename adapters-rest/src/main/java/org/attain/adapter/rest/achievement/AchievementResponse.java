package org.attain.adapter.rest.achievement;

import java.time.LocalDate;
import java.util.UUID;
import org.attain.domain.achievement.AchievementKind;

/** A recorded achievement of a person. */
public record AchievementResponse(
    UUID id,
    UUID personId,
    AchievementKind kind,
    String code,
    LocalDate earnedOn,
    LocalDate expiresOn,
    LocalDate creditEndsOn) {}
