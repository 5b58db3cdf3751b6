package org.attain.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.UNLIMITED;
import static org.attain.application.contract.ContractSamples.aPerson;
import static org.attain.application.contract.ContractSamples.anOrganization;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Listing members and their achievements costs a fixed number of SQL statements however many
 * members there are: counted with Hibernate's statistics on a large organization.
 */
@QuarkusTest
class BoundedQueriesTest {

  private static final int MEMBERS = 45;
  private static final int ACHIEVEMENTS_EACH = 3;

  @Inject UnitOfWork unitOfWork;
  @Inject Organizations organizations;
  @Inject Persons persons;
  @Inject Achievements achievements;
  @Inject SessionFactory sessionFactory;

  private OrganizationId organization;
  private List<PersonId> members;

  /** Members who each came from another organization and hold a few achievements. */
  @BeforeEach
  void aLargeOrganization() {
    OrganizationId previous = unitOfWork.run(() -> organizations.save(anOrganization())).id();
    organization = unitOfWork.run(() -> organizations.save(anOrganization())).id();
    members =
        unitOfWork.run(() -> IntStream.range(0, MEMBERS).mapToObj(i -> member(previous)).toList());
  }

  @Test
  void aFullPageOfMembersWithTheirHistoriesCostsThreeStatements() {
    Page<Person> page = counted(3, () -> members(0, 20));

    assertThat(page.items()).hasSize(20);
    assertThat(page.total()).isEqualTo(MEMBERS);
    assertThat(page.items()).allSatisfy(p -> assertThat(p.associations()).hasSize(2));
  }

  @Test
  void theLastPageOfMembersNeedsNoCount() {
    Page<Person> page = counted(2, () -> members(2, 20));

    assertThat(page.items()).hasSize(MEMBERS - 40);
    assertThat(page.total()).isEqualTo(MEMBERS);
  }

  @Test
  void theAchievementsOfAPageOfMembersAreOneStatement() {
    List<Achievement> held = counted(1, () -> achievements.heldBy(members));

    assertThat(held).hasSize(MEMBERS * ACHIEVEMENTS_EACH);
    assertThat(held).extracting(Achievement::holder).containsOnlyElementsOf(members);
  }

  @Test
  void thousandsOfHoldersAreReadInChunksOfAThousand() {
    List<PersonId> many = new ArrayList<>(members);
    Stream.generate(PersonId::newId).limit(2500 - MEMBERS).forEach(many::add);

    List<Achievement> held = counted(3, () -> achievements.heldBy(many));

    assertThat(held).hasSize(MEMBERS * ACHIEVEMENTS_EACH);
  }

  @Test
  void aPersonWithTheirHistoryIsOneStatement() {
    Person person = counted(1, () -> persons.findById(members.getFirst())).orElseThrow();

    assertThat(person.associations()).hasSize(2);
  }

  @Test
  void aPageOfOrganizationsWithTheirAdminsCostsAtMostThreeStatements() {
    Statistics statistics = sessionFactory.getStatistics();
    statistics.clear();

    Page<?> page = unitOfWork.read(() -> organizations.list(new PageRequest(0, 20)));

    assertThat(page.items()).isNotEmpty();
    assertThat(statistics.getPrepareStatementCount()).isBetween(2L, 3L);
  }

  private Page<Person> members(int page, int size) {
    return persons.currentlyAssociatedWith(organization, new PageRequest(page, size));
  }

  /** Runs {@code read} in a read of its own and checks the SQL statements it prepared. */
  private <T> T counted(long statements, Supplier<T> read) {
    Statistics statistics = sessionFactory.getStatistics();
    statistics.clear();
    T result = unitOfWork.read(read);
    assertThat(statistics.getPrepareStatementCount()).as("SQL statements").isEqualTo(statements);
    return result;
  }

  private PersonId member(OrganizationId previous) {
    Person person = persons.save(aPerson());
    person.associateWith(previous, DAY, person.id(), UNLIMITED);
    person.associateWith(organization, DAY.plusDays(30), person.id(), UNLIMITED);
    persons.save(person);
    for (int i = 0; i < ACHIEVEMENTS_EACH; i++) {
      achievements.add(
          Achievement.earned(
              person.id(),
              AchievementKind.EXAM,
              new AchievementCode("70-53" + i),
              DAY.plusDays(i),
              null,
              null));
    }
    return person.id();
  }
}
