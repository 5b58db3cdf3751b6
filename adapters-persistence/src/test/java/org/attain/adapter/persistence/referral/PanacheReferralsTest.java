package org.attain.adapter.persistence.referral;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.ReferralsContract;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Referrals;
import org.attain.application.port.out.UnitOfWork;

/** The stored referrals honour the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheReferralsTest extends ReferralsContract {

  @Inject Referrals referrals;
  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected Referrals referrals() {
    return referrals;
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
