package org.attain.adapter.rest.risk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.attain.adapter.rest.Api;
import org.attain.adapter.rest.paging.PageParameters;
import org.attain.adapter.rest.paging.PageResponse;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.ManageAlerts;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.AlertId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * R6: an organization's renewal-risk alerts. Its admins read and acknowledge them; agents read any
 * organization's. Alerts are raised by the service, never through the API.
 */
@Path(Api.BASE + "/organizations/{organizationId}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
@SecurityRequirement(name = Api.BEARER)
public class AlertResource {

  private final ManageAlerts alerts;
  private final RiskMapper mapper;
  private final CurrentActor actor;

  @Inject
  public AlertResource(ManageAlerts alerts, RiskMapper mapper, CurrentActor actor) {
    this.alerts = alerts;
    this.mapper = mapper;
    this.actor = actor;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "List the organization's alerts, newest first (its admins or an agent)",
      description = "Open and acknowledged alerts, ongoing or ended.")
  @APIResponse(responseCode = "400", description = "validation-failed: paging")
  @APIResponse(responseCode = "403", description = "Not an admin of this organization")
  @APIResponse(responseCode = "404", description = "organization-not-found")
  public PageResponse<AlertResponse> list(
      @PathParam("organizationId") UUID organizationId, @Valid @BeanParam PageParameters paging) {
    return PageResponse.of(
        alerts.list(actor.get(), new OrganizationId(organizationId), paging.toRequest()),
        mapper::toResponse);
  }

  @GET
  @Path("/{alertId}")
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(summary = "Read one alert (its admins or an agent)")
  @APIResponse(responseCode = "403", description = "Not an admin of this organization")
  @APIResponse(
      responseCode = "404",
      description = "organization-not-found, or alert-not-found (also another organization's)")
  public AlertResponse read(
      @PathParam("organizationId") UUID organizationId, @PathParam("alertId") UUID alertId) {
    return mapper.toResponse(
        alerts.read(actor.get(), new OrganizationId(organizationId), new AlertId(alertId)));
  }

  @POST
  @Path("/{alertId}/acknowledgement")
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(
      summary = "Acknowledge an alert (its admins only)",
      description =
          "Records which admin saw it, today. Idempotent: acknowledging again keeps the first"
              + " acknowledgement. No request body.")
  @APIResponse(responseCode = "200", description = "The alert, acknowledged")
  @APIResponse(
      responseCode = "403",
      description = "Not an admin of this organization (agents read alerts, never acknowledge)")
  @APIResponse(responseCode = "404", description = "organization-not-found or alert-not-found")
  @APIResponse(responseCode = "409", description = "concurrent-update")
  public AlertResponse acknowledge(
      @PathParam("organizationId") UUID organizationId, @PathParam("alertId") UUID alertId) {
    return mapper.toResponse(
        alerts.acknowledge(actor.get(), new OrganizationId(organizationId), new AlertId(alertId)));
  }
}
