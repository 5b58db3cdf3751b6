package org.attain.adapter.persistence.override;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.OverridesContract;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Overrides;
import org.attain.application.port.out.UnitOfWork;

/** The stored overrides honours the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheOverridesTest extends OverridesContract {

  @Inject Overrides store;
  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected Overrides overrides() {
    return store;
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
