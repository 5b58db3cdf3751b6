package org.attain.adapter.persistence.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The queries on stored organizations; each loads the admin contacts in the same statement. */
@ApplicationScoped
class OrganizationRepository implements PanacheRepositoryBase<OrganizationEntity, UUID> {

  Optional<OrganizationEntity> findWithAdmins(UUID id) {
    return find("select o from OrganizationEntity o left join fetch o.admins where o.id = ?1", id)
        .singleResultOptional();
  }

  boolean exists(UUID id) {
    return count("id", id) > 0;
  }

  /** The ids of one page of organizations ordered by name, then id. */
  List<UUID> pageOfIds(int firstRow, int size) {
    return getEntityManager()
        .createQuery("select o.id from OrganizationEntity o order by o.name, o.id", UUID.class)
        .setFirstResult(firstRow)
        .setMaxResults(size)
        .getResultList();
  }

  List<OrganizationEntity> findWithAdmins(List<UUID> ids) {
    return list(
        "select o from OrganizationEntity o left join fetch o.admins where o.id in ?1", ids);
  }
}
