package org.attain.adapter.persistence.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.port.out.Catalogs;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogHistory;

/**
 * Catalog versions stored as JSON documents with Hibernate ORM; runs inside the caller's unit of
 * work. A version number or effective day already taken is a change published at the same time,
 * which the database refuses and the caller learns as a {@code concurrent-update} conflict.
 */
@ApplicationScoped
public class PanacheCatalogs implements Catalogs {

  private final CatalogVersionRepository repository;
  private final CatalogDocumentMapper mapper;

  PanacheCatalogs(CatalogVersionRepository repository, CatalogDocumentMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  /**
   * One statement, every version parsed and checked by the domain: the application keeps the result
   * until a newer version is stored ({@link #latestVersion()}).
   */
  @Override
  public CatalogHistory history() {
    return new CatalogHistory(
        repository.documentsInVersionOrder().stream().map(PanacheCatalogs::stored).toList());
  }

  @Override
  public int latestVersion() {
    return repository.latestVersion();
  }

  @Override
  public Catalog add(Catalog catalog) {
    CatalogVersionEntity entity = new CatalogVersionEntity();
    entity.setVersion(catalog.version());
    entity.setEffectiveFrom(catalog.effectiveFrom());
    entity.setDocument(CatalogDocumentJson.write(mapper.toDocument(catalog)));
    repository.persist(entity);
    StoreConflicts.flush(repository.getEntityManager());
    // written once and never changed: the session need not keep (and dirty-check) the document
    repository.getEntityManager().detach(entity);
    return catalog;
  }

  private static Catalog stored(String document) {
    return CatalogDocumentReader.toDomain(CatalogDocumentJson.read(document));
  }
}
