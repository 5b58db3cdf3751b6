package org.attain.adapter.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.CatalogSamples;
import org.attain.application.contract.CatalogsContract;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.catalog.CatalogHistory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** The stored catalog versions honour the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheCatalogsTest extends CatalogsContract {

  @Inject Catalogs catalogs;
  @Inject UnitOfWork unitOfWork;
  @Inject SessionFactory sessionFactory;

  @Override
  protected Catalogs catalogs() {
    return catalogs;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return unitOfWork.run(work);
  }

  @Test
  void theWholeHistoryIsReadInOneStatement() {
    CatalogHistory before = unitOfWork.read(catalogs::history);
    unitOfWork.run(
        () ->
            catalogs.add(
                CatalogSamples.aFullCatalog(
                    before.nextVersion(),
                    before.versions().getLast().effectiveFrom().plusDays(1))));
    Statistics statistics = sessionFactory.getStatistics();
    statistics.clear();

    CatalogHistory history = unitOfWork.read(catalogs::history);

    assertThat(history.versions()).hasSize(before.versions().size() + 1);
    assertThat(statistics.getPrepareStatementCount()).as("SQL statements").isEqualTo(1);
  }
}
