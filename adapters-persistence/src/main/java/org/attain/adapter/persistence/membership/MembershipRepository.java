package org.attain.adapter.persistence.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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

  boolean exists(UUID organization) {
    return count("organizationId", organization) > 0;
  }

  /** Along membership_purchase_term_ix: the purchases whose term holds on {@code day}. */
  List<UUID> paidOn(LocalDate day) {
    return getEntityManager()
        .createQuery(
            "select distinct m.organizationId from MembershipEntity m join m.purchases p"
                + " where p.startsOn <= :day and p.renewalWindowEndsOn >= :day"
                + " order by m.organizationId",
            UUID.class)
        .setParameter("day", day)
        .getResultList();
  }
}
