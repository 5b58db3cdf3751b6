package org.attain.adapter.persistence.benefit;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.BenefitCatalogsContract;
import org.attain.application.port.out.BenefitCatalogs;
import org.attain.application.port.out.UnitOfWork;

/**
 * The benefits catalog that migration V7 stores honours the store contract, on H2 or PostgreSQL.
 */
@QuarkusTest
class PanacheBenefitCatalogsTest extends BenefitCatalogsContract {

  @Inject BenefitCatalogs catalogs;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected BenefitCatalogs catalogs() {
    return catalogs;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return unitOfWork.read(work);
  }
}
