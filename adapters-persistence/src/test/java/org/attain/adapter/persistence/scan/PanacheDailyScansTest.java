package org.attain.adapter.persistence.scan;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.DailyScansContract;
import org.attain.application.port.out.DailyScans;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.UnitOfWork;

/** The stored daily scans honour the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheDailyScansTest extends DailyScansContract {

  @Inject DailyScans scans;
  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected DailyScans scans() {
    return scans;
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
