package org.attain.adapter.persistence.risk;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.WarningSettingsContract;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.port.out.WarningSettings;

/** The stored warning settings honour the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheWarningSettingsTest extends WarningSettingsContract {

  @Inject WarningSettings settings;
  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected WarningSettings settings() {
    return settings;
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
