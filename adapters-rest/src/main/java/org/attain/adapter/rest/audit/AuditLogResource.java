package org.attain.adapter.rest.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.attain.adapter.rest.Api;
import org.attain.adapter.rest.paging.PageParameters;
import org.attain.adapter.rest.paging.PageResponse;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.ReadAuditLog;
import org.attain.domain.audit.AuditEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The append-only audit log, read by agents. It has only this GET: no method changes or removes an
 * entry, so any other is answered with 405.
 */
@Path(Api.BASE + "/audit-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
@SecurityRequirement(name = Api.BEARER)
public class AuditLogResource {

  private final ReadAuditLog auditLog;
  private final CurrentActor actor;

  @Inject
  public AuditLogResource(ReadAuditLog auditLog, CurrentActor actor) {
    this.auditLog = auditLog;
    this.actor = actor;
  }

  @GET
  @RolesAllowed(Roles.AGENT)
  @Operation(
      summary = "Read the audit log, newest first (agents only)",
      description =
          "Every override granted or revoked and every catalog version published: who, what,"
              + " when, why. Filtered by organization and by programme day (both ends included).")
  @APIResponse(
      responseCode = "400",
      description = "validation-failed or invalid-value: a malformed id or date, to before from")
  public PageResponse<AuditEntryResponse> find(
      @Valid @BeanParam AuditLogParameters filter, @Valid @BeanParam PageParameters paging) {
    return PageResponse.of(
        auditLog.find(actor.get(), filter.toFilter(), paging.toRequest()),
        AuditLogResource::toResponse);
  }

  private static AuditEntryResponse toResponse(AuditEntry entry) {
    return new AuditEntryResponse(
        entry.actor(),
        entry.action(),
        entry.organizationConcerned().map(o -> o.value()).orElse(null),
        entry.subject(),
        entry.day(),
        entry.recordedAt(),
        entry.reason(),
        entry.details());
  }
}
