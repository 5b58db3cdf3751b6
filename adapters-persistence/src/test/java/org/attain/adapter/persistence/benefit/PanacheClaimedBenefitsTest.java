package org.attain.adapter.persistence.benefit;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.ClaimedBenefitsContract;
import org.attain.application.port.out.ClaimedBenefits;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.UnitOfWork;

/** The stored benefit claims honour the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheClaimedBenefitsTest extends ClaimedBenefitsContract {

  @Inject ClaimedBenefits claimed;
  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected ClaimedBenefits claimed() {
    return claimed;
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
