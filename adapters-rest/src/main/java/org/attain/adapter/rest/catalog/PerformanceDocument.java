package org.attain.adapter.rest.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.attain.domain.metric.Metric;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** {@code "kind": "performance"}: a metric at or above a threshold that depends on the market. */
@Schema(
    name = "PerformanceStep",
    properties =
        @SchemaProperty(
            name = "kind",
            type = SchemaType.STRING,
            enumeration = StepDocument.PERFORMANCE))
public record PerformanceDocument(
    @NotNull Metric metric, @NotNull @Valid ThresholdDocument threshold) implements StepDocument {}
