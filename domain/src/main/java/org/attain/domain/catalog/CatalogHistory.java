package org.attain.domain.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ListGuard;

/**
 * The catalog versions in force one after the other: a change takes effect from its effective day,
 * and earlier days keep evaluating against the catalog of the time.
 */
public record CatalogHistory(List<Catalog> versions) {

  public CatalogHistory {
    versions =
        ListGuard.of(versions, "versions", 0, Integer.MAX_VALUE).stream()
            .sorted(Comparator.comparingInt(Catalog::version))
            .toList();
    ListGuard.distinct(versions, Catalog::version, "versions", "version");
    for (int i = 1; i < versions.size(); i++) {
      Guard.check(
          versions.get(i).effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom()),
          "effectiveFrom",
          "effectiveFrom must be later than the previous version's");
    }
  }

  /** The catalog in force on {@code day}: the latest version effective on or before it. */
  public Optional<Catalog> inForceOn(LocalDate day) {
    return versions.stream().filter(c -> !c.effectiveFrom().isAfter(day)).reduce((a, b) -> b);
  }

  /** The version the next change gets. */
  public int nextVersion() {
    return versions.isEmpty() ? 1 : versions.getLast().version() + 1;
  }
}
