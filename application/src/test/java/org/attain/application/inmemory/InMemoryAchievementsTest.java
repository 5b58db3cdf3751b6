package org.attain.application.inmemory;

import org.attain.application.contract.AchievementsContract;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Persons;

/** The in-memory achievements honour the store contract. */
class InMemoryAchievementsTest extends AchievementsContract {

  private final InMemoryAchievements achievements = new InMemoryAchievements();
  private final InMemoryPersons persons = new InMemoryPersons();

  @Override
  protected Achievements achievements() {
    return achievements;
  }

  @Override
  protected Persons persons() {
    return persons;
  }
}
