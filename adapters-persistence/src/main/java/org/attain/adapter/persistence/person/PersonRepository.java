package org.attain.adapter.persistence.person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The queries on stored persons; each loads the association history in the same statement. */
@ApplicationScoped
class PersonRepository implements PanacheRepositoryBase<PersonEntity, UUID> {

  private static final String WITH_HISTORY =
      "select p from PersonEntity p left join fetch p.associations where ";

  private static final String MEMBERS =
      " from PersonEntity p join p.associations a"
          + " where a.organizationId = ?1 and a.until is null";

  Optional<PersonEntity> findWithHistory(UUID id) {
    return find(WITH_HISTORY + "p.id = ?1", id).singleResultOptional();
  }

  Optional<PersonEntity> findByEmailWithHistory(String email) {
    return find(WITH_HISTORY + "p.email = ?1", email).singleResultOptional();
  }

  List<PersonEntity> findWithHistory(List<UUID> ids) {
    return list(WITH_HISTORY + "p.id in ?1", ids);
  }

  /**
   * The persons with an association to the organization covering {@code day} (from {@code since}
   * inclusive to {@code until} exclusive), each with their whole history, in one statement.
   */
  List<PersonEntity> associatedOnWithHistory(UUID organization, LocalDate day) {
    return list(
        WITH_HISTORY
            + "p.id in (select c.id from PersonEntity c join c.associations a"
            + " where a.organizationId = ?1 and a.since <= ?2"
            + " and (a.until is null or a.until > ?2))",
        organization,
        day);
  }

  boolean exists(UUID id) {
    return count("id", id) > 0;
  }

  /** The ids of one page of the organization's current members, ordered by name, then id. */
  List<UUID> pageOfMemberIds(UUID organization, int firstRow, int size) {
    return getEntityManager()
        .createQuery("select p.id" + MEMBERS + " order by p.name, p.id", UUID.class)
        .setParameter(1, organization)
        .setFirstResult(firstRow)
        .setMaxResults(size)
        .getResultList();
  }

  long countMembers(UUID organization) {
    return getEntityManager()
        .createQuery("select count(p)" + MEMBERS, Long.class)
        .setParameter(1, organization)
        .getSingleResult();
  }
}
