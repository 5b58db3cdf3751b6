package org.attain.adapter.rest.catalog;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The value a metric must reach in each market, in the metric's unit (US dollars or a count). A
 * plain number, as in the default catalog; a COUNT metric's threshold is a whole number.
 */
@Schema(name = "Threshold")
public record ThresholdDocument(
    @NotNull @Positive @Schema(examples = "15000") BigDecimal developed,
    @NotNull @Positive @Schema(examples = "10000") BigDecimal developing) {}
