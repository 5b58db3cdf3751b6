package org.attain.adapter.rest.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.Track;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What qualifies a person: every code of any one track. Alternatives are tracks of one code each:
 * {@code [["70-532"], ["70-533"]]}; a focus area is one track of several: {@code [["70-764",
 * "70-765"]]}.
 */
@Schema(name = "Qualification")
public record QualificationDocument(
    @NotNull
        @Size(min = 1, max = Qualification.MAX_TRACKS)
        @Schema(examples = "[[\"70-764\", \"70-765\"], [\"70-762\", \"70-761\"]]")
        List<
                @NotNull @Size(min = 1, max = Track.MAX_CODES) List<
                    @NotBlank @Size(max = AchievementCode.MAX_LENGTH) String>>
            tracks) {}
