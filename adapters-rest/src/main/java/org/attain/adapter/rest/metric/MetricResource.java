package org.attain.adapter.rest.metric;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.attain.adapter.rest.Api;
import org.attain.adapter.rest.paging.PageParameters;
import org.attain.adapter.rest.paging.PageResponse;
import org.attain.adapter.rest.problem.MissingBody;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.RecordMetrics;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.OrganizationId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * An organization's performance metrics: reported by agents or the integration feed, never by the
 * partner's own admins; read by its admins and agents.
 */
@Path(Api.BASE + "/organizations/{organizationId}/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics")
@SecurityRequirement(name = Api.BEARER)
public class MetricResource {

  private final RecordMetrics metrics;
  private final MetricMapper mapper;
  private final CurrentActor actor;

  @Inject
  public MetricResource(RecordMetrics metrics, MetricMapper mapper, CurrentActor actor) {
    this.metrics = metrics;
    this.mapper = mapper;
    this.actor = actor;
  }

  @POST
  @RolesAllowed(Roles.AGENT)
  @Operation(
      summary = "Record a metric value for a period (agents and the integration feed only)",
      description =
          "Reports are never changed: a later report of the same metric and period corrects an"
              + " earlier one.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; Location lists the organization's reports",
      content = @Content(schema = @Schema(implementation = MetricReportResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "validation-failed or invalid-value: a negative value, a value finer than its unit,"
              + " or a period that ends before it starts")
  public RestResponse<MetricReportResponse> record(
      @PathParam("organizationId") UUID organizationId,
      @Valid @NotNull(payload = MissingBody.class) RecordMetricRequest body,
      @Context UriInfo uri) {
    MetricReport recorded =
        metrics.record(actor.get(), new OrganizationId(organizationId), mapper.toReport(body));
    return RestResponse.ResponseBuilder.<MetricReportResponse>created(uri.getAbsolutePath())
        .entity(mapper.toResponse(recorded))
        .build();
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.PARTNER_ADMIN})
  @Operation(summary = "List an organization's metric reports in the order they were recorded")
  public PageResponse<MetricReportResponse> list(
      @PathParam("organizationId") UUID organizationId, @Valid @BeanParam PageParameters paging) {
    return PageResponse.of(
        metrics.list(actor.get(), new OrganizationId(organizationId)),
        paging.toRequest(),
        mapper::toResponse);
  }
}
