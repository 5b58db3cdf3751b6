package org.attain.application.reevaluation;

import java.time.LocalDate;
import org.attain.application.port.out.Catalogs;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogHistory;
import org.attain.domain.shared.RuleViolationException;

/**
 * The catalog's versions, parsed once and kept. A stored version never changes and a new one always
 * takes the next number, so a kept history is complete as long as no newer number is stored: every
 * instance tells a publication, its own or another's, by the newest version's number alone.
 */
public final class CatalogCache {

  private final Catalogs catalogs;
  private volatile Kept kept = new Kept(new CatalogHistory(java.util.List.of()), 0);

  private record Kept(CatalogHistory history, int latestVersion) {}

  public CatalogCache(Catalogs catalogs) {
    this.catalogs = catalogs;
  }

  /** Every version, after one cheap read of the newest version's number. */
  public CatalogHistory history() {
    return history(catalogs.latestVersion());
  }

  /**
   * The version in force on {@code day}.
   *
   * @throws RuleViolationException ({@code no-catalog-in-force}) before the first version
   */
  public Catalog inForceOn(LocalDate day) {
    return history()
        .inForceOn(day)
        .orElseThrow(
            () ->
                new RuleViolationException(
                    "no-catalog-in-force", "no competency catalog was in force on " + day));
  }

  /**
   * Every version up to {@code latestVersion} at least, read again only when a newer version was
   * stored since the last read.
   */
  public CatalogHistory history(int latestVersion) {
    Kept current = kept;
    if (current.latestVersion() == latestVersion) {
      return current.history();
    }
    CatalogHistory read = catalogs.history();
    int newest = read.versions().isEmpty() ? 0 : read.versions().getLast().version();
    Kept fresh = new Kept(read, newest);
    kept = fresh;
    return fresh.history();
  }
}
