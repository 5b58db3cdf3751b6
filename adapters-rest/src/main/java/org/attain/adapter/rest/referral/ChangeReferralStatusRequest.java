package org.attain.adapter.rest.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The partner's answer to a referral, or the outcome of an accepted one. */
public record ChangeReferralStatusRequest(
    @NotNull
        @Pattern(
            regexp = ReferralStatusParameter.SETTABLE,
            message = "must be ACCEPTED, DECLINED, WON or LOST")
        @Schema(
            enumeration = {"ACCEPTED", "DECLINED", "WON", "LOST"},
            examples = "ACCEPTED")
        String status) {}
