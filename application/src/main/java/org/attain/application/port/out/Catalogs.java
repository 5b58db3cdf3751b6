package org.attain.application.port.out;

import java.time.LocalDate;
import java.util.Optional;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogHistory;

/** The store of the competency catalog's versions. Versions are added, never changed. */
public interface Catalogs {

  /** Every version, oldest first. */
  CatalogHistory history();

  /**
   * The newest version's number, 0 when none is stored: a cheap read that tells whether a history
   * read before is still complete, since versions are only ever added with the next number.
   */
  int latestVersion();

  /** The version in force on {@code day}: the latest effective on or before it. */
  default Optional<Catalog> inForceOn(LocalDate day) {
    return history().inForceOn(day);
  }

  /**
   * Stores a new version.
   *
   * @throws org.attain.application.error.ConflictException ({@code concurrent-update}) when that
   *     version number is already taken, by a change published at the same time
   */
  Catalog add(Catalog catalog);
}
