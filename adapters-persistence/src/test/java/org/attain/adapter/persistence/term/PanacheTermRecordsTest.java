package org.attain.adapter.persistence.term;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.TermRecordsContract;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.TermRecords;
import org.attain.application.port.out.UnitOfWork;

/** The stored term records honour the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheTermRecordsTest extends TermRecordsContract {

  @Inject TermRecords records;
  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected TermRecords records() {
    return records;
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
