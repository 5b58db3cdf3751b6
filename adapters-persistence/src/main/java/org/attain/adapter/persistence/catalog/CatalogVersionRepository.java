package org.attain.adapter.persistence.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The queries on stored catalog versions. */
@ApplicationScoped
class CatalogVersionRepository implements PanacheRepositoryBase<CatalogVersionEntity, Integer> {

  /**
   * Every version's document, oldest first, in one statement. Only the documents are read, so no
   * entity is kept in the session (nor dirty-checked at flush).
   */
  List<String> documentsInVersionOrder() {
    return getEntityManager()
        .createQuery(
            "select c.document from CatalogVersionEntity c order by c.version", String.class)
        .getResultList();
  }

  /** The newest version's number, 0 when none is stored. */
  int latestVersion() {
    Integer latest =
        getEntityManager()
            .createQuery("select max(c.version) from CatalogVersionEntity c", Integer.class)
            .getSingleResult();
    return latest == null ? 0 : latest;
  }

  boolean isEmpty() {
    return getEntityManager()
        .createQuery("select c.version from CatalogVersionEntity c", Integer.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
