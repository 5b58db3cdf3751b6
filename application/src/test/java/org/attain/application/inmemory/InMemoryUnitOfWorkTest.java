package org.attain.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.attain.application.contract.ContractSamples;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.organization.Organization;
import org.attain.domain.person.Person;
import org.junit.jupiter.api.Test;

/** The in-memory unit of work is all-or-nothing across every store, as a transaction is. */
class InMemoryUnitOfWorkTest {

  private static final LocalDate DAY = LocalDate.of(2025, 4, 1);

  private final InMemoryStores stores = new InMemoryStores(DAY);

  @Test
  void workThatCompletesIsKept() {
    Organization saved =
        stores.unitOfWork.run(() -> stores.organizations.save(ContractSamples.anOrganization()));

    assertThat(stores.organizations.all()).containsExactly(saved);
    assertThat(stores.unitOfWork.committed()).isEqualTo(1);
  }

  @Test
  void workThatFailsLeavesEveryStoreAsItWas() {
    Organization before = stores.organizations.save(ContractSamples.anOrganization());
    Person ana = stores.persons.save(ContractSamples.aPerson());

    assertThatThrownBy(
            () ->
                stores.unitOfWork.run(
                    () -> {
                      stores.organizations.save(ContractSamples.anOrganization());
                      ana.associateWith(before.id(), DAY, ana.id(), ContractSamples.UNLIMITED);
                      stores.persons.save(ana);
                      stores.achievements.add(
                          Achievement.earned(
                              ana.id(),
                              AchievementKind.EXAM,
                              new AchievementCode("70-533"),
                              DAY,
                              null,
                              null));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(stores.organizations.all()).containsExactly(before);
    assertThat(stores.persons.findById(ana.id()).orElseThrow().associations()).isEmpty();
    assertThat(stores.persons.findById(ana.id()).orElseThrow().version()).contains(0L);
    assertThat(stores.achievements.all()).isEmpty();
    assertThat(stores.unitOfWork.rolledBack()).isEqualTo(1);
  }

  @Test
  void aNestedRunJoinsTheOuterOneAndFailsWithIt() {
    assertThatThrownBy(
            () ->
                stores.unitOfWork.run(
                    () -> {
                      stores.unitOfWork.run(
                          () -> stores.organizations.save(ContractSamples.anOrganization()));
                      throw new IllegalStateException("outer fails after the inner completed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(stores.organizations.all()).isEmpty();
  }

  @Test
  void readsRunThroughTheSameUnitOfWork() {
    Organization saved = stores.organizations.save(ContractSamples.anOrganization());

    assertThat(stores.unitOfWork.read(() -> stores.organizations.findById(saved.id())))
        .contains(saved);
  }

  @Test
  void theClockShowsTheDayTheTestSets() {
    stores.clock.advanceDays(30);
    assertThat(stores.clock.today()).isEqualTo(DAY.plusDays(30));

    stores.clock.set(DAY.minusYears(1));
    assertThat(stores.clock.today()).isEqualTo(DAY.minusYears(1));
  }
}
