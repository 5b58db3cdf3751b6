package org.attain.adapter.persistence.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
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

  /** One page of matching ids, in name order: read along the (country,) name index. */
  List<UUID> pageOfIds(String where, Map<String, Object> parameters, int firstRow, int size) {
    TypedQuery<UUID> query =
        getEntityManager()
            .createQuery(
                "select p.organizationId from MarketingProfileEntity p"
                    + where
                    + " order by p.nameKey, p.organizationId",
                UUID.class)
            .setFirstResult(firstRow)
            .setMaxResults(size);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  long countMatching(String where, Map<String, Object> parameters) {
    TypedQuery<Long> query =
        getEntityManager()
            .createQuery("select count(p) from MarketingProfileEntity p" + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }
}
