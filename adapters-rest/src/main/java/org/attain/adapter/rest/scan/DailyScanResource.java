package org.attain.adapter.rest.scan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.attain.adapter.rest.Api;
import org.attain.adapter.rest.security.CurrentActor;
import org.attain.adapter.rest.security.Roles;
import org.attain.application.port.in.ScanDaily;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R6, R7: an agent runs today's daily scan again, at once, on this instance. */
@Path(Api.BASE + "/daily-scans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Daily scan")
@SecurityRequirement(name = Api.BEARER)
public class DailyScanResource {

  private final ScanDaily scan;
  private final CurrentActor actor;

  @Inject
  public DailyScanResource(ScanDaily scan, CurrentActor actor) {
    this.scan = scan;
    this.actor = actor;
  }

  /** What the scan did on this instance. */
  public record ScanResponse(
      @Schema(description = "paid organizations scanned") int organizations,
      @Schema(description = "of them, those re-evaluated because something had changed")
          int changed,
      @Schema(description = "how many re-evaluations failed (each is logged); the scan went on")
          int failed) {}

  @POST
  @RolesAllowed(Roles.AGENT)
  @Operation(
      summary = "Scan today again now (agents only)",
      description =
          "Re-evaluates every organization with a paid membership today, as the nightly scan"
              + " does: an unchanged organization costs no write; a changed one gets its history,"
              + " alerts and emails. Answers once every partition of the scan is done, by this"
              + " instance or by others helping, with the whole scan's counts.")
  @APIResponse(responseCode = "200", description = "the scan's outcome on this instance")
  public ScanResponse rerun() {
    ScanDaily.Outcome outcome = scan.rerun(actor.get());
    return new ScanResponse(outcome.organizations(), outcome.changed(), outcome.failed());
  }
}
