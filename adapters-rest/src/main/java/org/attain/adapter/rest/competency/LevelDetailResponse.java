package org.attain.adapter.rest.competency;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** R1: a level is met by the first of its options that is. */
public record LevelDetailResponse(
    boolean met,
    @Schema(description = "The option that meets the level; null when none does") String metBy,
    List<OptionProgressResponse> options) {}
