package org.attain.adapter.rest.metric;

import org.attain.adapter.rest.amount.Quantity;
import org.attain.adapter.rest.amount.UnitPrecision;
import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.metric.MetricUnit;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps metric requests to reports and reports to responses, each value shown in its metric's unit.
 */
@Mapper(config = MappingConfig.class, imports = Quantity.class)
public interface MetricMapper {

  /** The report asked for; a value finer than its unit holds (a part of a seat) is refused. */
  default MetricReport toReport(RecordMetricRequest request) {
    return new MetricReport(
        request.metric(),
        request.metric() == null
            ? request.value()
            : UnitPrecision.check(request.metric().unit(), request.value(), "value"),
        request.periodStart(),
        request.periodEnd());
  }

  @Mapping(target = "unit", source = "metric")
  @Mapping(
      target = "value",
      expression = "java(Quantity.of(report.metric().unit(), report.value()))")
  MetricReportResponse toResponse(MetricReport report);

  default MetricUnit unit(Metric metric) {
    return metric == null ? null : metric.unit();
  }
}
