package org.attain.adapter.persistence.metric;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The queries on stored metric reports. */
@ApplicationScoped
class MetricReportRepository implements PanacheRepositoryBase<MetricReportEntity, Long> {

  /** One statement; the (organization, id) index serves it in recording order. */
  List<MetricReportEntity> of(UUID organization) {
    return list("organizationId = ?1 order by id", organization);
  }
}
