package org.attain.adapter.rest.referral;

import java.time.LocalDate;
import java.util.UUID;
import org.attain.domain.referral.CompanySize;
import org.attain.domain.referral.ReferralStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A referral as the partner's admins read it. */
public record ReferralResponse(
    UUID id,
    UUID organizationId,
    ContactResponse contact,
    String need,
    CompanySize size,
    ReferralStatus status,
    LocalDate receivedOn,
    @Schema(description = "The last day it can be accepted or declined; it expires the day after")
        LocalDate answerBy,
    @Schema(description = "The day of the last change of status; the day received while open")
        LocalDate statusChangedOn) {}
