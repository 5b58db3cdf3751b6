package org.attain.adapter.rest.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.shared.EmailAddress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin contact of an organization being enrolled. */
public record AdminRequest(
    @NotBlank @Size(max = AdminContact.MAX_NAME_LENGTH) @Schema(examples = "Ana Lima") String name,
    @NotBlank @Size(max = EmailAddress.MAX_LENGTH) @Email @Schema(examples = "ana@contoso.example")
        String email) {}
