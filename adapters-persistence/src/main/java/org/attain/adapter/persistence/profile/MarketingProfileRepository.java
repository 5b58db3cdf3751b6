package org.attain.adapter.persistence.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.attain.adapter.persistence.NativeColumns;

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

  /** A profile a search found, with its organization's name and how many the search found. */
  record Hit(UUID organization, String name, String country, long total) {}

  /**
   * One page of matches, in the order {@code orderBy} gives, each with its organization's name and
   * the number of all matches: one native query (see V5).
   */
  List<Hit> pageOfHits(
      String where, String orderBy, Map<String, Object> parameters, int firstRow, int size) {
    Query query =
        getEntityManager()
            .createNativeQuery(
                "SELECT p.organization_id, o.name, p.country, COUNT(*) OVER ()"
                    + " FROM marketing_profile p"
                    + " JOIN organization o ON o.id = p.organization_id"
                    + where
                    + orderBy)
            .setFirstResult(firstRow)
            .setMaxResults(size);
    parameters.forEach(query::setParameter);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            row ->
                new Hit(
                    NativeColumns.uuid(row[0]),
                    (String) row[1],
                    (String) row[2],
                    ((Number) row[3]).longValue()))
        .toList();
  }

  long countMatching(String where, Map<String, Object> parameters) {
    Query query =
        getEntityManager()
            .createNativeQuery("SELECT COUNT(*) FROM marketing_profile p" + where, Long.class);
    parameters.forEach(query::setParameter);
    return ((Number) query.getSingleResult()).longValue();
  }
}
