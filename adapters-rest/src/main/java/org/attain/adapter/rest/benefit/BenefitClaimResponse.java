package org.attain.adapter.rest.benefit;

import java.time.LocalDate;
import org.attain.adapter.rest.amount.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim of an offer, with the price charged for it. */
public record BenefitClaimResponse(
    @Schema(examples = "action-pack") String offerId,
    String organizationId,
    @Schema(examples = "2026-01-05") LocalDate claimedOn,
    @Schema(description = "The first day of the claim period it counts for")
        LocalDate claimPeriodStartsOn,
    @Schema(description = "What was charged; null when the offer is free") Money price) {}
