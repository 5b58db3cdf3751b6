package org.attain.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.UNLIMITED;
import static org.attain.application.contract.ContractSamples.aPerson;
import static org.attain.application.contract.ContractSamples.anOrganization;
import static org.attain.application.contract.ContractSamples.freshEmail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.attain.adapter.persistence.TwoRequests.Outcome;
import org.attain.application.contract.CatalogSamples;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogHistory;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Association;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.EmailAddress;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Two requests that read the same data and then change it: whichever order the database puts them
 * in, one wins and the other gets a {@link ConflictException}; nothing is overwritten.
 */
@QuarkusTest
class ConcurrentChangesTest {

  @Inject UnitOfWork unitOfWork;
  @Inject Persons persons;
  @Inject Organizations organizations;
  @Inject Catalogs catalogs;

  @RepeatedTest(5)
  void twoRequestsAssociatingTheSamePersonAtOnce_oneWinsAndTheOtherConflicts() {
    OrganizationId first = storedOrganization();
    OrganizationId second = storedOrganization();
    PersonId id = unitOfWork.run(() -> persons.save(aPerson())).id();
    TwoRequests requests = new TwoRequests();

    List<Outcome> outcomes =
        requests.race(() -> associate(id, first, requests), () -> associate(id, second, requests));

    Person winner = (Person) onlySuccess(outcomes).value();
    assertThat(onlyFailure(outcomes).failure())
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
    Person stored = unitOfWork.read(() -> persons.findById(id)).orElseThrow();
    assertThat(stored.associations())
        .containsExactly(
            new Association(winner.currentOrganization().orElseThrow(), DAY, null, null));
    assertThat(stored.version()).contains(1L);
  }

  @RepeatedTest(5)
  void twoRequestsRegisteringTheSameEmailAtOnce_oneWinsAndTheOtherIsToldItIsTaken() {
    EmailAddress email = freshEmail();
    TwoRequests requests = new TwoRequests();

    List<Outcome> outcomes =
        requests.race(() -> register(email, requests), () -> register(email, requests));

    Person winner = (Person) onlySuccess(outcomes).value();
    assertThat(onlyFailure(outcomes).failure())
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("email-taken"));
    assertThat(unitOfWork.read(() -> persons.findByEmail(email)))
        .get()
        .extracting(Person::id)
        .isEqualTo(winner.id());
  }

  @Test
  void aChangeCommittedWhileAUnitOfWorkRanTurnsItsSaveIntoAConflict() {
    OrganizationId id = unitOfWork.run(() -> organizations.save(anOrganization())).id();

    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      Organization read = organizations.findById(id).orElseThrow();
                      // another request renames it and commits while this one still runs
                      QuarkusTransaction.requiringNew()
                          .run(() -> organizations.save(renamed(read, "theirs")));
                      return organizations.save(renamed(read, "mine"));
                    }))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));

    Organization stored = unitOfWork.read(() -> organizations.findById(id)).orElseThrow();
    assertThat(stored.name()).isEqualTo("theirs");
    assertThat(stored.version()).isEqualTo(1L);
  }

  @RepeatedTest(5)
  void twoCatalogChangesPublishedAtOnce_oneBecomesTheNextVersionAndTheOtherConflicts() {
    TwoRequests requests = new TwoRequests();

    List<Outcome> outcomes =
        requests.race(() -> publish(requests, 10), () -> publish(requests, 20));

    Catalog winner = (Catalog) onlySuccess(outcomes).value();
    assertThat(onlyFailure(outcomes).failure())
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
    assertThat(unitOfWork.read(() -> catalogs.history().versions().getLast())).isEqualTo(winner);
  }

  /** What publishing a catalog change does: number it after the latest version, then add it. */
  private Catalog publish(TwoRequests requests, int daysAfterTheLatest) {
    return unitOfWork.run(
        () -> {
          CatalogHistory history = catalogs.history();
          requests.bothHere();
          LocalDate latest = history.versions().getLast().effectiveFrom();
          return catalogs.add(
              CatalogSamples.aSmallCatalog(
                  history.nextVersion(), latest.plusDays(daysAfterTheLatest)));
        });
  }

  private Person associate(PersonId id, OrganizationId organization, TwoRequests requests) {
    return unitOfWork.run(
        () -> {
          Person person = persons.findById(id).orElseThrow();
          requests.bothHere();
          person.associateWith(organization, DAY, id, UNLIMITED);
          return persons.save(person);
        });
  }

  /** What the registration use case does: check the email is free, then store the person. */
  private Person register(EmailAddress email, TwoRequests requests) {
    return unitOfWork.run(
        () -> {
          boolean taken = persons.findByEmail(email).isPresent();
          requests.bothHere();
          assertThat(taken).as("neither request can see the other's person yet").isFalse();
          return persons.save(Person.register("Same Email", email));
        });
  }

  private OrganizationId storedOrganization() {
    return unitOfWork.run(() -> organizations.save(anOrganization())).id();
  }

  private static Outcome onlySuccess(List<Outcome> outcomes) {
    assertThat(outcomes).filteredOn(Outcome::succeeded).as("successes").hasSize(1);
    return outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow();
  }

  private static Outcome onlyFailure(List<Outcome> outcomes) {
    return outcomes.stream().filter(o -> !o.succeeded()).findFirst().orElseThrow();
  }

  private static Organization renamed(Organization organization, String name) {
    return new Organization(
        organization.id(),
        name,
        organization.country(),
        organization.market(),
        organization.admins(),
        organization.version());
  }
}
