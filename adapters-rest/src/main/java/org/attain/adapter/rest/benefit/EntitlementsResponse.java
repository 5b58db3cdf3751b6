package org.attain.adapter.rest.benefit;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.membership.MembershipLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an organization is entitled to today (R9), each offer with its claim of this period. */
public record EntitlementsResponse(
    @Schema(description = "The organization's id") String organizationId,
    @Schema(description = "The day they were worked out", examples = "2026-01-05") LocalDate asOf,
    @Schema(description = "The membership level in force that day") MembershipLevel level,
    @Schema(
            description =
                "The first day of the period each offer can be claimed once in: the membership"
                    + " term in force, or the calendar year for a network member",
            examples = "2026-01-05")
        LocalDate claimPeriodStartsOn,
    @Schema(description = "In catalog order") List<EntitledOfferResponse> offers) {}
