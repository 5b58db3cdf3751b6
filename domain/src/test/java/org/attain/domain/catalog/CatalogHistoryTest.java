package org.attain.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * A catalog change takes effect from its effective day; earlier days keep the catalog of the time.
 */
class CatalogHistoryTest {

  private static final Catalog FIRST = version(1, LocalDate.of(2017, 1, 1));
  private static final Catalog SECOND = version(2, LocalDate.of(2018, 7, 1));

  @Test
  void theCatalogInForceIsTheLatestEffectiveOnOrBeforeTheDay() {
    CatalogHistory history = new CatalogHistory(List.of(SECOND, FIRST));

    assertThat(history.inForceOn(LocalDate.of(2016, 12, 31))).isEmpty();
    assertThat(history.inForceOn(LocalDate.of(2017, 1, 1))).contains(FIRST);
    assertThat(history.inForceOn(LocalDate.of(2018, 6, 30))).contains(FIRST);
    assertThat(history.inForceOn(LocalDate.of(2018, 7, 1))).contains(SECOND);
    assertThat(history.nextVersion()).isEqualTo(3);
    assertThat(new CatalogHistory(List.of()).nextVersion()).isEqualTo(1);
  }

  @Test
  void aLaterVersionMustTakeEffectLater() {
    Catalog backdated = version(2, LocalDate.of(2017, 1, 1));

    assertThatThrownBy(() -> new CatalogHistory(List.of(FIRST, backdated)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("effectiveFrom"));
    assertThatThrownBy(() -> new CatalogHistory(List.of(FIRST, FIRST)))
        .isInstanceOf(InvalidValueException.class);
  }

  private static Catalog version(int version, LocalDate effectiveFrom) {
    return new Catalog(
        version,
        effectiveFrom,
        List.of(),
        List.of(CatalogGuardsTest.competency("cloud-platform", "Cloud Platform")));
  }
}
