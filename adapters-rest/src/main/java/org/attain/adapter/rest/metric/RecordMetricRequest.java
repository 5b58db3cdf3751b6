package org.attain.adapter.rest.metric;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.attain.domain.metric.Metric;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A metric value an agent or the integration feed reports for an organization. */
public record RecordMetricRequest(
    @NotNull Metric metric,
    @NotNull
        @DecimalMin("0")
        @Digits(integer = RecordMetricRequest.MAX_WHOLE_DIGITS, fraction = 2)
        @Schema(
            type = SchemaType.STRING,
            pattern = RecordMetricRequest.PLAIN_DECIMAL,
            description =
                "In the metric's unit, as a plain decimal string or JSON number (no exponent, no"
                    + " sign): US dollars to the cent for a USD metric, a whole number for a COUNT"
                    + " metric",
            examples = "15000.00")
        BigDecimal value,
    @NotNull @Schema(description = "First day the value covers", examples = "2024-04-01")
        LocalDate periodStart,
    @NotNull @Schema(description = "Last day the value covers", examples = "2025-03-31")
        LocalDate periodEnd) {

  public static final int MAX_WHOLE_DIGITS = 15;

  /** The documented shape of a value; the JSON reader refuses any other (such as {@code 1e5}). */
  public static final String PLAIN_DECIMAL = "^[0-9]{1,15}(\\.[0-9]{1,2})?$";
}
