package org.attain.adapter.persistence.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The queries on stored profiles. */
@ApplicationScoped
class MarketingProfileRepository implements PanacheRepositoryBase<MarketingProfileEntity, UUID> {

  Optional<MarketingProfileEntity> findWhole(UUID organization) {
    return find(
            "select distinct p from MarketingProfileEntity p left join fetch p.locations"
                + " left join fetch p.industries where p.organizationId = ?1",
            organization)
        .singleResultOptional();
  }

  List<MarketingProfileEntity> findWhole(List<UUID> organizations) {
    return find(
            "select distinct p from MarketingProfileEntity p left join fetch p.locations"
                + " left join fetch p.industries where p.organizationId in ?1",
            organizations)
        .list();
  }

  boolean exists(UUID organization) {
    return count("organizationId", organization) > 0;
  }

  /** One page of matching ids, in the order {@code orderBy} gives: a native query (see V5). */
  List<UUID> pageOfIds(
      String where, String orderBy, Map<String, Object> parameters, int firstRow, int size) {
    Query query =
        getEntityManager()
            .createNativeQuery(
                "SELECT p.organization_id FROM marketing_profile p" + where + orderBy, UUID.class)
            .setFirstResult(firstRow)
            .setMaxResults(size);
    parameters.forEach(query::setParameter);
    @SuppressWarnings("unchecked")
    List<UUID> ids = query.getResultList();
    return ids;
  }

  long countMatching(String where, Map<String, Object> parameters) {
    Query query =
        getEntityManager()
            .createNativeQuery("SELECT COUNT(*) FROM marketing_profile p" + where, Long.class);
    parameters.forEach(query::setParameter);
    return ((Number) query.getSingleResult()).longValue();
  }
}
