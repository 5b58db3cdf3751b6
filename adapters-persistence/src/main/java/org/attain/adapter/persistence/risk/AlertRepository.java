package org.attain.adapter.persistence.risk;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The queries on stored alerts, each along an index of V11__alerts.sql. */
@ApplicationScoped
class AlertRepository implements PanacheRepositoryBase<AlertEntity, UUID> {

  private static final Sort NEWEST_FIRST = Sort.by("raisedOn", Sort.Direction.Descending).and("id");

  /** Along the unique index of ongoing alerts, oldest raised first. */
  List<AlertEntity> ongoing(List<UUID> organizations) {
    return list(
        "organizationId in ?1 and endedOn is null", Sort.by("raisedOn").and("id"), organizations);
  }

  List<AlertEntity> pageOf(UUID organization, int firstRow, int size) {
    return find("organizationId = ?1", NEWEST_FIRST, organization)
        .range(firstRow, firstRow + size - 1)
        .list();
  }

  long countOf(UUID organization) {
    return count("organizationId", organization);
  }
}
