package org.attain.adapter.rest.atrisk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.risk.AlertKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A paid member at risk as agents see it in the programme-wide list. It names no person: the
 * key-person warning itself (through the organization's alerts) says who.
 */
public record OrganizationAtRiskResponse(
    UUID organizationId,
    String name,
    @Schema(description = "The paid level in force today") MembershipLevel membershipLevel,
    @Schema(
            description =
                "The last day of the latest term bought: the term in force, or a renewal already"
                    + " bought to follow it")
        LocalDate termEndsOn,
    @Schema(description = "Days from today through termEndsOn, both included; 0 in the window")
        long daysLeft,
    @Schema(description = "Whether the term lapses within lapsingWithinDays") boolean lapsing,
    @Schema(description = "Whether a key-person warning is ongoing") boolean restsOnOnePerson,
    @Schema(description = "When the ongoing key-person warning was raised; absent without one")
        LocalDate restsOnOnePersonSince,
    @Schema(description = "The organization's alerts that have not ended, oldest first")
        List<OngoingAlert> ongoingAlerts) {

  /** An alert that has not ended, to be read whole at /organizations/{id}/alerts/{alertId}. */
  public record OngoingAlert(UUID alertId, AlertKind kind, LocalDate raisedOn) {}
}
