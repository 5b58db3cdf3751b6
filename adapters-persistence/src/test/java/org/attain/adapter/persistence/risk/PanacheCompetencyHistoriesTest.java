package org.attain.adapter.persistence.risk;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.CompetencyHistoriesContract;
import org.attain.application.port.out.CompetencyHistories;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.UnitOfWork;

/** The stored competency history honours the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheCompetencyHistoriesTest extends CompetencyHistoriesContract {

  @Inject CompetencyHistories histories;
  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected CompetencyHistories histories() {
    return histories;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return unitOfWork.run(work);
  }
}
