package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.CatalogSamples.aFullCatalog;
import static org.attain.application.contract.CatalogSamples.aSmallCatalog;
import static org.attain.application.contract.ContractSamples.DAY;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.Catalogs;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogHistory;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link Catalogs} must do. The store may be shared with other tests
 * (and hold a seeded default catalog) and is never emptied: each test adds versions after the
 * latest stored one, numbered from {@link CatalogHistory#nextVersion()} and taking effect after the
 * latest effective day, and asserts on those.
 */
public abstract class CatalogsContract {

  /** The store under test. */
  protected abstract Catalogs catalogs();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private CatalogHistory history() {
    return inTransaction(() -> catalogs().history());
  }

  private Catalog add(Catalog catalog) {
    return inTransaction(() -> catalogs().add(catalog));
  }

  /** A day after every stored version's effective day. */
  private LocalDate afterTheLatest(CatalogHistory history) {
    return history.versions().isEmpty()
        ? DAY
        : history.versions().getLast().effectiveFrom().plusDays(1);
  }

  @Test
  public void aFullVersionIsReadBackExactly() {
    CatalogHistory before = history();
    Catalog catalog = aFullCatalog(before.nextVersion(), afterTheLatest(before));

    assertThat(add(catalog)).isEqualTo(catalog);

    CatalogHistory after = history();
    assertThat(after.versions()).hasSize(before.versions().size() + 1);
    assertThat(after.versions().getLast()).isEqualTo(catalog);
    assertThat(after.nextVersion()).isEqualTo(catalog.version() + 1);
  }

  @Test
  public void versionsAreListedOldestFirstAndEarlierOnesStayAsTheyWere() {
    CatalogHistory before = history();
    LocalDate first = afterTheLatest(before);
    Catalog older = aFullCatalog(before.nextVersion(), first);
    Catalog newer = aSmallCatalog(before.nextVersion() + 1, first.plusMonths(6));

    add(older);
    add(newer);

    List<Catalog> versions = history().versions();
    assertThat(versions.subList(0, before.versions().size()))
        .containsExactlyElementsOf(before.versions());
    assertThat(versions.subList(before.versions().size(), versions.size()))
        .containsExactly(older, newer);
    assertThat(versions).extracting(Catalog::version).isSorted();
  }

  @Test
  public void theVersionInForceOnADayIsTheLatestEffectiveOnOrBeforeIt() {
    CatalogHistory before = history();
    LocalDate first = afterTheLatest(before);
    LocalDate second = first.plusDays(90);
    Catalog older = add(aSmallCatalog(before.nextVersion(), first));
    Catalog newer = add(aFullCatalog(before.nextVersion() + 1, second));

    assertThat(inForceOn(first)).isEqualTo(older);
    assertThat(inForceOn(second.minusDays(1))).isEqualTo(older);
    assertThat(inForceOn(second)).isEqualTo(newer);
    assertThat(inForceOn(second.plusYears(5))).isEqualTo(newer);
    assertThat(inForceOn(first.minusDays(1)))
        .isEqualTo(before.versions().isEmpty() ? null : before.versions().getLast());
  }

  @Test
  public void noVersionIsInForceBeforeTheFirstOne() {
    add(aSmallCatalog(history().nextVersion(), afterTheLatest(history())));
    LocalDate firstDay = history().versions().getFirst().effectiveFrom();

    assertThat(inForceOn(firstDay.minusDays(1))).isNull();
    assertThat(inForceOn(firstDay)).isEqualTo(history().versions().getFirst());
  }

  @Test
  public void aVersionNumberAlreadyTakenIsRefusedAsAConcurrentUpdate() {
    CatalogHistory before = history();
    LocalDate day = afterTheLatest(before);
    Catalog published = add(aSmallCatalog(before.nextVersion(), day));
    Catalog rival = aFullCatalog(published.version(), day.plusDays(30));

    assertThatThrownBy(() -> add(rival))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));

    CatalogHistory after = history();
    assertThat(after.versions().getLast()).isEqualTo(published);
    assertThat(after.versions()).hasSize(before.versions().size() + 1);
  }

  private Catalog inForceOn(LocalDate day) {
    return inTransaction(() -> catalogs().inForceOn(day)).orElse(null);
  }
}
