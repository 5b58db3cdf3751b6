package org.attain.adapter.rest.membership;

import jakarta.validation.constraints.NotNull;
import org.attain.domain.membership.MembershipLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A purchase of a paid level: new, upgrade or renewal, as the rules decide from the membership. */
public record PurchaseMembershipRequest(
    @NotNull
        @Schema(
            description = "The paid level to buy; NETWORK is free and cannot be bought",
            enumeration = {"SILVER", "GOLD"},
            examples = "SILVER")
        MembershipLevel level) {}
