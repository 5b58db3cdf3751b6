package org.attain.adapter.rest.person;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's account with the whole history of their associations, oldest first. */
public record PersonResponse(
    UUID id,
    String name,
    String email,
    @Schema(description = "The organization the person counts for today, if any")
        UUID currentOrganizationId,
    List<AssociationResponse> associations,
    @Schema(description = "Version of the stored state; changes with every update") Long version) {}
