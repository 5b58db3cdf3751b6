package org.attain.adapter.rest.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.attain.domain.audit.AuditAction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the audit log: who did what, when and why. */
public record AuditEntryResponse(
    @Schema(description = "The subject of the actor's token") String actor,
    AuditAction action,
    @Schema(description = "Absent for a programme-wide change") UUID organizationId,
    @Schema(description = "The id of what the action concerned: an override, a catalog version")
        String subject,
    @Schema(description = "The programme's day of the action") LocalDate day,
    @Schema(description = "The moment, in UTC") Instant recordedAt,
    String reason,
    Map<String, String> details) {}
