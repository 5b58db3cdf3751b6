package org.attain.adapter.rest.whatif;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.attain.adapter.rest.competency.ContributorResponse;
import org.attain.adapter.rest.membership.RenewalResponse;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.risk.AlertKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Issue 13: what the organization would hold under the scenario, compared with now. */
public record WhatIfResponse(
    UUID organizationId,
    @Schema(description = "The day whose facts were changed") LocalDate date,
    int catalogVersionNow,
    int catalogVersionThen,
    @Schema(description = "One sentence: what would change") String summary,
    @Schema(description = "Every competency, now and then") List<Difference> competencies,
    Membership membership,
    @Schema(description = "The alert situations the scenario's facts would call for")
        List<Alerting> alerts,
    @Schema(description = "Kinds of the alerts ongoing now that the scenario would end")
        List<AlertKind> alertsEnded) {

  /** A competency's level now and under the scenario. */
  @Schema(name = "WhatIfDifference")
  public record Difference(
      @Schema(examples = "cloud-platform") String competencyId,
      @Schema(examples = "Cloud Platform") String name,
      AttainedLevel now,
      AttainedLevel then,
      boolean changed) {}

  /** The membership's purchase and renewal eligibility under the scenario (R4, R5). */
  @Schema(name = "WhatIfMembership")
  public record Membership(
      @Schema(description = "The level in force on the day") MembershipLevel level,
      @Schema(description = "Per paid level, whether some competency carries it now and then")
          List<Eligibility> purchase,
      @Schema(description = "Renewing the level in force that day, under the scenario")
          RenewalResponse renewal) {}

  /** Whether some competency would carry a paid level (R4). */
  @Schema(name = "WhatIfEligibility")
  public record Eligibility(MembershipLevel level, boolean now, boolean then) {}

  /** An alert situation: raised unless one of its kind is ongoing already. */
  @Schema(name = "WhatIfAlert")
  public record Alerting(
      AlertKind kind,
      MembershipLevel level,
      @Schema(description = "For LAPSE_AHEAD: the first day renewal would be at risk")
          LocalDate lapsesOn,
      @Schema(description = "For MEMBERSHIP_RESTS_ON_ONE_PERSON: who it rests on")
          List<ContributorResponse> keyPersons,
      @Schema(description = "Whether it would be a new alert (none of its kind is ongoing)")
          boolean raised) {}
}
