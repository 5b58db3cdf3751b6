package org.attain.adapter.persistence.override;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.attain.adapter.persistence.PagedIds;
import org.attain.application.paging.PageRequest;

/** The queries on stored overrides; the (organization, grant order) index serves each. */
@ApplicationScoped
class OverrideRepository implements PanacheRepositoryBase<OverrideEntity, UUID> {

  List<OverrideEntity> ofOrganization(UUID organization) {
    return list("organizationId = ?1 order by grantSeq", organization);
  }

  /** One page, latest granted first; rows past what a query can skip give an empty page. */
  List<OverrideEntity> page(UUID organization, PageRequest request) {
    int first = PagedIds.firstRow(request);
    if (first < 0) {
      return List.of();
    }
    return getEntityManager()
        .createQuery(
            "from OverrideEntity where organizationId = ?1 order by grantSeq desc",
            OverrideEntity.class)
        .setParameter(1, organization)
        .setFirstResult(first)
        .setMaxResults(request.size())
        .getResultList();
  }

  long countOf(UUID organization) {
    return count("organizationId", organization);
  }
}
