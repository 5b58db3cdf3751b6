package org.attain.adapter.rest.benefit;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer the organization is entitled to, and whether it was claimed in the current period. */
public record EntitledOfferResponse(
    BenefitOfferResponse offer,
    @Schema(description = "Whether it was claimed in the current claim period") boolean claimed,
    @Schema(description = "The day it was claimed; null when not claimed") LocalDate claimedOn) {}
