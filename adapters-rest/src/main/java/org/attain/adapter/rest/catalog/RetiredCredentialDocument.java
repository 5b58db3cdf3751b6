package org.attain.adapter.rest.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.attain.domain.achievement.AchievementCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A retired exam and the last day it earns credit. */
@Schema(name = "RetiredCredential")
public record RetiredCredentialDocument(
    @NotBlank @Size(max = AchievementCode.MAX_LENGTH) @Schema(examples = "70-534") String code,
    @NotNull @Schema(examples = "2018-12-31") LocalDate creditEndsOn) {}
