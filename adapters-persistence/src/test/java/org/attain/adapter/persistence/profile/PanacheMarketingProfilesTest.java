package org.attain.adapter.persistence.profile;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.MarketingProfilesContract;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.TermRecords;
import org.attain.application.port.out.UnitOfWork;

/** The stored profiles honour the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheMarketingProfilesTest extends MarketingProfilesContract {

  @Inject MarketingProfiles profiles;
  @Inject Organizations organizations;
  @Inject TermRecords termRecords;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected MarketingProfiles profiles() {
    return profiles;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }

  @Override
  protected TermRecords termRecords() {
    return termRecords;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return unitOfWork.run(work);
  }
}
