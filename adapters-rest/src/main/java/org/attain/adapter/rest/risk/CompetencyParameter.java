package org.attain.adapter.rest.risk;

import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.attain.adapter.rest.mapping.RequestFields;
import org.attain.domain.catalog.CompetencyId;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code competency} filter of the competency history; a malformed slug is a 400. */
public class CompetencyParameter {

  @QueryParam("competency")
  @Parameter(description = "Only this competency's entries, by its id, e.g. cloud-platform")
  String competency;

  public CompetencyParameter() {}

  /** The competency asked for; its guard's refusal is reported at {@code competency}. */
  public Optional<CompetencyId> toCompetency() {
    return Optional.ofNullable(competency)
        .map(id -> RequestFields.at("competency", () -> new CompetencyId(id)));
  }
}
