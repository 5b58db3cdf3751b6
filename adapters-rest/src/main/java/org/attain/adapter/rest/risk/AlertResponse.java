package org.attain.adapter.rest.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A renewal-risk alert (R6) or key-person warning (issue 13) of an organization, as its admins and
 * agents read it.
 */
public record AlertResponse(
    UUID id,
    UUID organizationId,
    @Schema(
            description =
                "RENEWAL_AT_RISK: the level's requirement no longer holds; LAPSE_AHEAD: counted"
                    + " achievements lapse before the term ends; MEMBERSHIP_RESTS_ON_ONE_PERSON:"
                    + " the level rests on a single key person (robustness 1)")
        AlertKind kind,
    @Schema(description = "The paid membership level at risk") MembershipLevel level,
    CauseResponse cause,
    LocalDate raisedOn,
    @Schema(description = "For LAPSE_AHEAD only: the first day renewal would be at risk")
        LocalDate lapsesOn,
    @Schema(description = "For LAPSE_AHEAD: which counted achievements stop counting, and when")
        List<String> lapsing,
    @Schema(
            description =
                "The counted competencies and what each now lacks (as of lapsesOn for a lapse"
                    + " ahead)")
        List<ShortfallResponse> nowShort,
    @Schema(description = "The competencies nearest the level; any one of them restores it")
        List<ShortfallResponse> restoreBy,
    @Schema(
            description =
                "For MEMBERSHIP_RESTS_ON_ONE_PERSON: the persons any one of whom leaving alone"
                    + " would put renewal at risk; empty otherwise")
        List<AlertPersonResponse> keyPersons,
    AlertStatus status,
    @Schema(description = "The admin who acknowledged it; absent while OPEN") String acknowledgedBy,
    @Schema(description = "The day it was acknowledged; absent while OPEN")
        LocalDate acknowledgedOn,
    @Schema(
            description =
                "The day an evaluation first found the situation over; absent while it holds")
        LocalDate endedOn,
    long version) {}
