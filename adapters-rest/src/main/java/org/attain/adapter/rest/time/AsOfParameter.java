package org.attain.adapter.rest.time;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code asOf} query parameter of a read that travels in time, checked at the edge. */
public class AsOfParameter {

  @QueryParam("asOf")
  @CalendarDate
  @Parameter(
      description = "The day to read as of; today when absent",
      schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2025-04-01"))
  String asOf;

  public AsOfParameter() {}

  AsOfParameter(String asOf) {
    this.asOf = asOf;
  }

  /** The day asked for, empty for today; call it once the parameter has been validated. */
  public Optional<LocalDate> toDate() {
    return Optional.ofNullable(asOf).map(LocalDate::parse);
  }
}
