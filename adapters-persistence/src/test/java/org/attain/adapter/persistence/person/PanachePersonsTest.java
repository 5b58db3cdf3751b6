package org.attain.adapter.persistence.person;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.PersonsContract;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.UnitOfWork;

/** The stored persons honour the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanachePersonsTest extends PersonsContract {

  @Inject Persons persons;
  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected Persons persons() {
    return persons;
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
