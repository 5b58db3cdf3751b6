package org.attain.adapter.persistence.risk;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.OutboxContract;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.UnitOfWork;

/** The stored outbox honours the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheOutboxTest extends OutboxContract {

  @Inject Outbox outbox;
  @Inject Alerts alerts;
  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected Outbox outbox() {
    return outbox;
  }

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
