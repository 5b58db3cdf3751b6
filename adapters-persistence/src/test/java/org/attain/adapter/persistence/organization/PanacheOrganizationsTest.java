package org.attain.adapter.persistence.organization;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.OrganizationsContract;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.UnitOfWork;

/** The stored organizations honour the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheOrganizationsTest extends OrganizationsContract {

  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected Organizations organizations() {
    return organizations;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return unitOfWork.run(work);
  }
}
