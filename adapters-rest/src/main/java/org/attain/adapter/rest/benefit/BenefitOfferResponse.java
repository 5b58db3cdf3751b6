package org.attain.adapter.rest.benefit;

import org.attain.adapter.rest.amount.Money;
import org.attain.domain.membership.MembershipLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One offer of the benefits catalog (R9). */
public record BenefitOfferResponse(
    @Schema(description = "A stable slug", examples = "action-pack") String id,
    String name,
    String description,
    @Schema(description = "The lowest membership level entitled; NETWORK for every member")
        MembershipLevel membership,
    @Schema(description = "The competency level needed besides; null when none")
        RequiredCompetencyResponse competency,
    @Schema(
            description = "What it is worth, in words",
            examples = "about USD 20,000 of internal-use rights")
        String value,
    @Schema(description = "What claiming it costs a year; null when it is free") Money price) {}
