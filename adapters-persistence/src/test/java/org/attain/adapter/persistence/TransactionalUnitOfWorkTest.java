package org.attain.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.UNLIMITED;
import static org.attain.application.contract.ContractSamples.aPerson;
import static org.attain.application.contract.ContractSamples.anOrganization;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Evidence;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.junit.jupiter.api.Test;

/** A use case is one transaction across every store: all of it is stored, or none of it. */
@QuarkusTest
class TransactionalUnitOfWorkTest {

  @Inject UnitOfWork unitOfWork;
  @Inject Organizations organizations;
  @Inject Persons persons;
  @Inject Achievements achievements;
  @Inject Evidence evidence;

  @Test
  void aCommittedChangeMovesTheOrganizationsEvidenceMarkAndNoOther() {
    Organization changed = unitOfWork.run(() -> organizations.save(anOrganization()));
    Organization other = unitOfWork.run(() -> organizations.save(anOrganization()));
    Evidence.Mark before = mark(changed);
    Evidence.Mark otherBefore = mark(other);

    unitOfWork.changing(List.of(changed.id()), () -> "changed");

    assertThat(mark(changed)).isNotEqualTo(before);
    assertThat(mark(changed).latestCatalogVersion()).isEqualTo(before.latestCatalogVersion());
    assertThat(mark(other)).isEqualTo(otherBefore);
  }

  @Test
  void aChangeRolledBackLeavesTheEvidenceMark() {
    Organization organization = unitOfWork.run(() -> organizations.save(anOrganization()));
    Evidence.Mark before = mark(organization);
    IllegalStateException failure = new IllegalStateException("the change fails");

    assertThatThrownBy(
            () ->
                unitOfWork.changing(
                    List.of(organization.id()),
                    () -> {
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(mark(organization)).isEqualTo(before);
  }

  @Test
  void anUnknownOrganizationHasNoEvidenceMark() {
    assertThat(unitOfWork.read(() -> evidence.mark(new OrganizationId(UUID.randomUUID()))))
        .isEmpty();
  }

  private Evidence.Mark mark(Organization organization) {
    return unitOfWork.read(() -> evidence.mark(organization.id())).orElseThrow();
  }

  @Test
  void aFailingUseCaseStoresNothingInAnyStore() {
    Organization organization = anOrganization();
    Person person = aPerson();
    IllegalStateException failure = new IllegalStateException("the use case fails at the end");

    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      organizations.save(organization);
                      Person stored = persons.save(person);
                      stored.associateWith(organization.id(), DAY, stored.id(), UNLIMITED);
                      persons.save(stored);
                      achievements.add(exam(person));
                      throw failure;
                    }))
        .isSameAs(failure);

    assertNothingStored(organization, person);
  }

  @Test
  void aNestedUnitOfWorkJoinsTheOuterOneAndFailsWithIt() {
    Organization organization = anOrganization();
    Person person = aPerson();

    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      organizations.save(organization);
                      unitOfWork.run(() -> persons.save(person));
                      throw new IllegalStateException("the outer use case fails");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertNothingStored(organization, person);
  }

  @Test
  void aConflictUndoesWhatTheUseCaseHadAlreadyStored() {
    Person person = unitOfWork.run(() -> persons.save(aPerson()));
    Person stale = unitOfWork.read(() -> persons.findById(person.id())).orElseThrow();
    unitOfWork.run(
        () ->
            persons.save(
                Person.restore(
                    person.id(),
                    "Renamed",
                    person.email(),
                    List.of(),
                    person.version().orElseThrow())));
    Organization organization = anOrganization();

    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      organizations.save(organization);
                      stale.associateWith(organization.id(), DAY, stale.id(), UNLIMITED);
                      return persons.save(stale);
                    }))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));

    assertThat(unitOfWork.read(() -> organizations.exists(organization.id()))).isFalse();
    Person stored = unitOfWork.read(() -> persons.findById(person.id())).orElseThrow();
    assertThat(stored.name()).isEqualTo("Renamed");
    assertThat(stored.associations()).isEmpty();
  }

  @Test
  void aReadInsideAUseCaseSeesWhatTheUseCaseStoredSoFar() {
    Organization organization = anOrganization();

    boolean seen =
        unitOfWork.run(
            () -> {
              organizations.save(organization);
              return unitOfWork.read(() -> organizations.exists(organization.id()));
            });

    assertThat(seen).isTrue();
    assertThat(unitOfWork.read(() -> organizations.findById(organization.id()))).isPresent();
  }

  @Test
  void aChangeCannotRunInsideARead() {
    Organization organization = anOrganization();

    assertThatThrownBy(
            () -> unitOfWork.read(() -> unitOfWork.run(() -> organizations.save(organization))))
        .isInstanceOf(IllegalStateException.class);

    assertThat(unitOfWork.read(() -> organizations.exists(organization.id()))).isFalse();
  }

  private void assertNothingStored(Organization organization, Person person) {
    assertThat(unitOfWork.read(() -> organizations.exists(organization.id()))).isFalse();
    assertThat(unitOfWork.read(() -> persons.findById(person.id()))).isEmpty();
    assertThat(unitOfWork.read(() -> persons.findByEmail(person.email()))).isEmpty();
    assertThat(unitOfWork.read(() -> achievements.heldBy(List.of(person.id())))).isEmpty();
  }

  private static Achievement exam(Person holder) {
    return Achievement.earned(
        holder.id(), AchievementKind.EXAM, new AchievementCode("70-533"), DAY, null, null);
  }
}
