package org.attain.adapter.persistence.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.Catalogs;
import org.attain.domain.catalog.Catalog;
import org.jboss.logging.Logger;

/**
 * Stores the default catalog as the first version when the store has none, at start-up, so that a
 * new installation can evaluate at once. Several instances may start together on one database: the
 * one whose version is refused as taken knows another seeded it, and goes on.
 */
@ApplicationScoped
public class DefaultCatalogSeeder {

  private static final Logger LOG = Logger.getLogger(DefaultCatalogSeeder.class);

  private final CatalogVersionRepository repository;
  private final Catalogs catalogs;

  DefaultCatalogSeeder(CatalogVersionRepository repository, Catalogs catalogs) {
    this.repository = repository;
    this.catalogs = catalogs;
  }

  void onStart(@Observes StartupEvent start) {
    seedIfEmpty();
  }

  /** Whether this call stored the default catalog. */
  boolean seedIfEmpty() {
    boolean empty = QuarkusTransaction.requiringNew().call(repository::isEmpty);
    return empty && store(DefaultCatalog.load());
  }

  /** Whether {@code catalog} was stored; {@code false} if another instance stored a version. */
  boolean store(Catalog catalog) {
    try {
      QuarkusTransaction.requiringNew().run(() -> catalogs.add(catalog));
      LOG.infof("Stored the default catalog as version %d", catalog.version());
      return true;
    } catch (ConflictException e) {
      LOG.infof("Another instance stored the first catalog version; using it");
      return false;
    }
  }
}
