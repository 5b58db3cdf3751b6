package org.attain.adapter.rest.referral;

import java.time.LocalDate;
import java.util.UUID;
import org.attain.domain.referral.ReferralStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the customer who sent a referral is told: that it arrived, and until when it is open. */
public record SentReferralResponse(
    UUID id,
    UUID organizationId,
    ReferralStatus status,
    LocalDate receivedOn,
    @Schema(description = "The partner answers by this day, or the referral expires")
        LocalDate answerBy) {}
