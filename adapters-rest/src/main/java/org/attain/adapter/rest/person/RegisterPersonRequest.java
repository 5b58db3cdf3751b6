package org.attain.adapter.rest.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.attain.domain.person.Person;
import org.attain.domain.shared.EmailAddress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agent's request to create a person's account. */
public record RegisterPersonRequest(
    @NotBlank @Size(max = Person.MAX_NAME_LENGTH) @Schema(examples = "Rui Costa") String name,
    @NotBlank @Size(max = EmailAddress.MAX_LENGTH) @Email @Schema(examples = "rui@example.com")
        String email) {}
