package org.attain.adapter.rest.person;

import java.time.LocalDate;
import java.util.UUID;
import org.attain.domain.person.AssociationEnd;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One period during which a person's achievements counted for an organization. */
public record AssociationResponse(
    UUID organizationId,
    @Schema(description = "First day it counted") LocalDate since,
    @Schema(description = "First day it no longer counted; absent while it lasts") LocalDate until,
    @Schema(description = "Why it ended; absent while it lasts") AssociationEnd end) {}
