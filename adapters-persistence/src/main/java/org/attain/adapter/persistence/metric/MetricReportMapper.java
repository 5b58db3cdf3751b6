package org.attain.adapter.persistence.metric;

import java.util.UUID;
import org.attain.domain.metric.MetricReport;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps metric reports between the domain and their stored form. */
@Mapper
interface MetricReportMapper {

  MetricReport toDomain(MetricReportEntity entity);

  @Mapping(target = "organizationId", source = "organizationId")
  MetricReportEntity toStored(MetricReport report, UUID organizationId);
}
