package org.attain.adapter.persistence.risk;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.attain.domain.catalog.CompetencyId;

/** The queries on the competency history, along the indexes of V12__competency_history.sql. */
@ApplicationScoped
class CompetencyHistoryRepository implements PanacheRepositoryBase<CompetencyHistoryEntity, Long> {

  /** In one query: each competency's entry with the highest seq. */
  /** The latest entry of each competency of each organization, in one statement. */
  List<CompetencyHistoryEntity> latest(List<UUID> organizations) {
    return list(
        "organizationId in :organizations and seq in (select max(g.seq) from"
            + " CompetencyHistoryEntity g where g.organizationId in :organizations"
            + " group by g.organizationId, g.competencyId)",
        Parameters.with("organizations", organizations));
  }

  List<CompetencyHistoryEntity> page(
      UUID organization, Optional<CompetencyId> competency, int firstRow, int size) {
    Where where = where(organization, competency);
    return find(where.clause() + " order by seq", where.parameters())
        .range(firstRow, firstRow + size - 1)
        .list();
  }

  long countOf(UUID organization, Optional<CompetencyId> competency) {
    Where where = where(organization, competency);
    return count(where.clause(), where.parameters());
  }

  private record Where(String clause, Parameters parameters) {}

  private static Where where(UUID organization, Optional<CompetencyId> competency) {
    Parameters parameters = Parameters.with("organization", organization);
    return competency
        .map(
            c ->
                new Where(
                    "organizationId = :organization and competencyId = :competency",
                    parameters.and("competency", c.value())))
        .orElseGet(() -> new Where("organizationId = :organization", parameters));
  }
}
