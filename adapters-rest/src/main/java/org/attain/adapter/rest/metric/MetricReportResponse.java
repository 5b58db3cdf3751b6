package org.attain.adapter.rest.metric;

import java.time.LocalDate;
import org.attain.adapter.rest.amount.Quantity;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reported metric value and the period it covers. */
public record MetricReportResponse(
    Metric metric,
    MetricUnit unit,
    @Schema(description = "Money for a USD metric, a number for a COUNT metric") Quantity value,
    LocalDate periodStart,
    LocalDate periodEnd) {}
