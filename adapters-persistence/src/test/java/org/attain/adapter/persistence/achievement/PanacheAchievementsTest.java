package org.attain.adapter.persistence.achievement;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.AchievementsContract;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.UnitOfWork;

/** The stored achievements honour the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheAchievementsTest extends AchievementsContract {

  @Inject Achievements achievements;
  @Inject Persons persons;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected Achievements achievements() {
    return achievements;
  }

  @Override
  protected Persons persons() {
    return persons;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return unitOfWork.run(work);
  }
}
