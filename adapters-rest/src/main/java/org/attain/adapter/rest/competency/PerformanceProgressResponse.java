package org.attain.adapter.rest.competency;

import org.attain.adapter.rest.amount.Quantity;
import org.attain.adapter.rest.catalog.StepDocument;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricUnit;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * {@code "kind": "performance"}: "USD 12,500.00 of 15,000.00". Money for a USD metric, a number for
 * a COUNT metric.
 */
@Schema(
    name = "PerformanceProgress",
    properties =
        @SchemaProperty(
            name = "kind",
            type = SchemaType.STRING,
            enumeration = StepDocument.PERFORMANCE))
public record PerformanceProgressResponse(
    boolean met,
    Metric metric,
    MetricUnit unit,
    @Schema(description = "The threshold for the organization's market") Quantity required,
    @Schema(description = "The value of the report counting on the day; zero when none does")
        Quantity achieved,
    @Schema(description = "The period of the report counting on the day; null when none does")
        ReportPeriodResponse countingReport,
    @Schema(description = "R7: an agent's override counts the step as met whatever the value")
        boolean overridden)
    implements StepProgressResponse {}
