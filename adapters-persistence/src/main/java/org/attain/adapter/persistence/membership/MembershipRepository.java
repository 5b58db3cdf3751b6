package org.attain.adapter.persistence.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The queries on stored memberships; each loads the purchases in the same statement. */
@ApplicationScoped
class MembershipRepository implements PanacheRepositoryBase<MembershipEntity, UUID> {

  Optional<MembershipEntity> findWithPurchases(UUID organization) {
    return find(
            "select m from MembershipEntity m left join fetch m.purchases"
                + " where m.organizationId = ?1",
            organization)
        .singleResultOptional();
  }

  List<MembershipEntity> findWithPurchases(List<UUID> organizations) {
    return list(
        "select distinct m from MembershipEntity m left join fetch m.purchases"
            + " where m.organizationId in ?1",
        organizations);
  }

  boolean exists(UUID organization) {
    return count("organizationId", organization) > 0;
  }

  private static final String PAID =
      "select distinct m.organizationId from MembershipEntity m join m.purchases p"
          + " where p.startsOn <= :day and p.renewalWindowEndsOn >= :day";

  /**
   * Along membership_purchase_term_ix: the organizations whose purchase's term holds on {@code
   * day}, in the database's order of ids, from the first after {@code after}.
   */
  List<UUID> paidOn(LocalDate day, Optional<UUID> after, int limit) {
    TypedQuery<UUID> query =
        getEntityManager()
            .createQuery(
                PAID
                    + (after.isPresent() ? " and m.organizationId > :after" : "")
                    + " order by m.organizationId",
                UUID.class)
            .setParameter("day", day)
            .setMaxResults(limit);
    after.ifPresent(id -> query.setParameter("after", id));
    return query.getResultList();
  }

  List<UUID> paidBetween(LocalDate day, UUID first, UUID last) {
    return getEntityManager()
        .createQuery(
            PAID
                + " and m.organizationId >= :first and m.organizationId <= :last"
                + " order by m.organizationId",
            UUID.class)
        .setParameter("day", day)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList();
  }
}
