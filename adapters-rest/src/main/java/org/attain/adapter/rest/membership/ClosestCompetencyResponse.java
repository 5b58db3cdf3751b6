package org.attain.adapter.rest.membership;

import java.util.List;
import org.attain.domain.catalog.Level;
import org.attain.domain.membership.CompetencyGap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** R4: a competency near the level a membership needs, by its most advanced option. */
@Schema(name = "ClosestCompetency")
public record ClosestCompetencyResponse(
    @Schema(examples = "cloud-platform") String competency,
    Level level,
    @Schema(examples = "Azure consumption") String option,
    @Schema(description = "Share of the option's units met, rounded down", examples = "50")
        int percentComplete,
    @Schema(description = "What each unmet step still lacks, in the option's order")
        List<String> missing) {

  public static ClosestCompetencyResponse of(CompetencyGap gap) {
    return new ClosestCompetencyResponse(
        gap.competency().value(),
        gap.level(),
        gap.option(),
        gap.percentComplete(),
        gap.shortfalls().stream().map(Shortfalls::describe).toList());
  }

  public static List<ClosestCompetencyResponse> of(List<CompetencyGap> gaps) {
    return gaps.stream().map(ClosestCompetencyResponse::of).toList();
  }
}
