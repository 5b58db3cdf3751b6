package org.attain.adapter.rest.audit;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.attain.adapter.rest.time.CalendarDate;
import org.attain.application.port.out.AuditLog;
import org.attain.domain.organization.OrganizationId;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The audit log's filter as query parameters, checked at the edge (JAX-RS would answer 404). */
public class AuditLogParameters {

  static final String UUID_SHAPE =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  @QueryParam("organizationId")
  @Pattern(regexp = UUID_SHAPE, message = "must be an organization's id (a UUID)")
  @Parameter(
      description = "Only the entries about this organization",
      schema = @Schema(type = SchemaType.STRING, format = "uuid"))
  String organizationId;

  @QueryParam("from")
  @CalendarDate
  @Parameter(
      description = "Only entries of this programme day or later",
      schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2025-04-01"))
  String from;

  @QueryParam("to")
  @CalendarDate
  @Parameter(
      description = "Only entries of this programme day or earlier",
      schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2025-04-30"))
  String to;

  /** The filter asked for; call it once the parameters have been validated. */
  public AuditLog.Filter toFilter() {
    return new AuditLog.Filter(
        Optional.ofNullable(organizationId).map(UUID::fromString).map(OrganizationId::new),
        Optional.ofNullable(from).map(LocalDate::parse),
        Optional.ofNullable(to).map(LocalDate::parse));
  }
}
