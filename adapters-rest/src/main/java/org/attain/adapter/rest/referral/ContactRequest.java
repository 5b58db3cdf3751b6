package org.attain.adapter.rest.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.attain.domain.referral.CustomerContact;
import org.attain.domain.referral.PhoneNumber;
import org.attain.domain.shared.EmailAddress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the partner can answer the customer: an email or a phone number, or both. */
public record ContactRequest(
    @NotBlank @Size(max = CustomerContact.MAX_NAME_LENGTH) @Schema(examples = "Rita Lopes")
        String name,
    @Size(max = EmailAddress.MAX_LENGTH)
        @Schema(description = "Required unless a phone is given", examples = "rita@fabrikam.com")
        String email,
    @Size(max = PhoneNumber.MAX_LENGTH)
        @Schema(
            description = "6 to 15 digits with +, spaces, dots, hyphens or parentheses",
            examples = "+351 21 000 0000")
        String phone,
    @Size(max = CustomerContact.MAX_COMPANY_LENGTH) @Schema(examples = "Fabrikam")
        String company) {}
