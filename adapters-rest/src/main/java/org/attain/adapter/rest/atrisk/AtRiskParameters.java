package org.attain.adapter.rest.atrisk;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.attain.adapter.rest.paging.WholeNumber;
import org.attain.domain.risk.LapseHorizon;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The horizon of the organizations-at-risk list as a query parameter, checked at the edge. */
public class AtRiskParameters {

  @QueryParam("lapsingWithinDays")
  @DefaultValue("" + LapseHorizon.DEFAULT_DAYS)
  @WholeNumber(min = 0, max = LapseHorizon.MAX_DAYS)
  @Parameter(
      description =
          "List the memberships whose term has at most this many days left, today included (0:"
              + " only those past their term, in the renewal window)",
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              minimum = "0",
              maximum = "" + LapseHorizon.MAX_DAYS,
              defaultValue = "" + LapseHorizon.DEFAULT_DAYS))
  String lapsingWithinDays;

  /** The days asked for; call it once the parameter has been validated. */
  public int days() {
    return Integer.parseInt(lapsingWithinDays);
  }
}
