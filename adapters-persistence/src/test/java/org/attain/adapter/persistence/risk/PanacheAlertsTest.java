package org.attain.adapter.persistence.risk;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.AlertsContract;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.UnitOfWork;

/** The stored alerts honour the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheAlertsTest extends AlertsContract {

  @Inject Alerts alerts;
  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected Alerts alerts() {
    return alerts;
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
