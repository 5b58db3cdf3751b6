package org.attain.adapter.rest.membership;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.membership.MembershipLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization's membership as read on one day. */
public record MembershipResponse(
    @Schema(description = "The organization's id") String organizationId,
    @Schema(description = "The day it was read as of", examples = "2025-04-01") LocalDate asOf,
    MembershipLevel level,
    @Schema(description = "The term in force; null for a network member") TermResponse term,
    @Schema(description = "Days of the term still to come, that day included; 0 without one")
        long daysLeft,
    @Schema(description = "Past the term's last day but within its renewal window")
        boolean inRenewalWindow,
    RenewalResponse renewal,
    @Schema(description = "Every purchase made by asOf, oldest first")
        List<PurchaseResponse> purchases) {}
