package org.attain.application.inmemory;

import java.util.ArrayList;
import java.util.List;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.Catalogs;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogHistory;

/** Catalog versions kept in a list. */
public final class InMemoryCatalogs implements Catalogs, Snapshotting {

  private final List<Catalog> versions = new ArrayList<>();

  @Override
  public synchronized CatalogHistory history() {
    return new CatalogHistory(versions);
  }

  @Override
  public synchronized int latestVersion() {
    return versions.isEmpty() ? 0 : versions.getLast().version();
  }

  @Override
  public synchronized Catalog add(Catalog catalog) {
    if (versions.stream().anyMatch(stored -> stored.version() == catalog.version())) {
      throw ConflictException.concurrentUpdate();
    }
    versions.add(catalog);
    return catalog;
  }

  @Override
  public synchronized Runnable snapshot() {
    List<Catalog> copy = List.copyOf(versions);
    return () -> {
      synchronized (this) {
        versions.clear();
        versions.addAll(copy);
      }
    };
  }
}
