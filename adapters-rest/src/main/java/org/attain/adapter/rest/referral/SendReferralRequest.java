package org.attain.adapter.rest.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.attain.domain.referral.CompanySize;
import org.attain.domain.referral.Referral;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's referral to a partner, as sent from the partner's public profile. */
public record SendReferralRequest(
    @NotNull @Valid ContactRequest contact,
    @NotBlank
        @Size(max = Referral.MAX_NEED_LENGTH)
        @Schema(description = "What the customer needs; plain text, line breaks kept")
        String need,
    @NotNull
        @Schema(
            description =
                "Employees: MICRO 1-9, SMALL 10-49, MEDIUM 50-249, LARGE 250-999, ENTERPRISE"
                    + " 1,000+",
            examples = "MEDIUM")
        CompanySize size) {}
