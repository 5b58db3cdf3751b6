package org.attain.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.UNLIMITED;
import static org.attain.application.contract.ContractSamples.aPerson;
import static org.attain.application.contract.ContractSamples.anOrganization;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Loading what an evaluation of one organization looks at (its persons on the day with their
 * histories, their achievements, its metrics) costs the same few SQL statements for 20 persons as
 * for 200: counted with Hibernate's statistics.
 */
@QuarkusTest
class EvaluationFactsQueriesTest {

  private static final int ACHIEVEMENTS_EACH = 5;
  private static final int METRIC_REPORTS = 3;
  private static final LocalDate EVALUATED_ON = DAY.plusDays(60);

  /** One statement for the persons with their histories, one for achievements, one for metrics. */
  private static final long STATEMENTS = 3;

  @Inject UnitOfWork unitOfWork;
  @Inject Organizations organizations;
  @Inject Persons persons;
  @Inject Achievements achievements;
  @Inject MetricReports metricReports;
  @Inject SessionFactory sessionFactory;

  /** What was loaded, and how many statements it cost. */
  private record Loaded(List<Person> persons, List<Achievement> achievements, long statements) {}

  @Test
  void twoHundredPersonsCostNoMoreStatementsThanTwenty() {
    Loaded small = load(organizationOf(20));
    Loaded large = load(organizationOf(200));

    assertThat(small.persons()).hasSize(20);
    assertThat(small.achievements()).hasSize(20 * ACHIEVEMENTS_EACH);
    assertThat(large.persons()).hasSize(200);
    assertThat(large.achievements()).hasSize(200 * ACHIEVEMENTS_EACH);
    assertThat(large.persons()).allSatisfy(p -> assertThat(p.associations()).hasSize(2));
    assertThat(small.statements()).as("SQL statements for 20 persons").isEqualTo(STATEMENTS);
    assertThat(large.statements()).as("SQL statements for 200 persons").isEqualTo(STATEMENTS);
  }

  private Loaded load(OrganizationId organization) {
    Statistics statistics = sessionFactory.getStatistics();
    statistics.clear();
    return unitOfWork.read(
        () -> {
          List<Person> associated = persons.associatedOn(organization, EVALUATED_ON);
          List<Achievement> held =
              achievements.heldBy(associated.stream().map(Person::id).toList());
          List<MetricReport> reports = metricReports.of(organization);
          assertThat(reports).hasSize(METRIC_REPORTS);
          return new Loaded(associated, held, statistics.getPrepareStatementCount());
        });
  }

  /**
   * An organization whose persons each came from another one and hold a few achievements; one more
   * person left before the day evaluated, and must not be loaded.
   */
  private OrganizationId organizationOf(int size) {
    return unitOfWork.run(
        () -> {
          OrganizationId previous = organizations.save(anOrganization()).id();
          OrganizationId organization = organizations.save(anOrganization()).id();
          IntStream.range(0, size).forEach(i -> member(previous, organization));
          Person left = member(previous, organization);
          left.leave(EVALUATED_ON, left.id());
          persons.save(left);
          for (int i = 0; i < METRIC_REPORTS; i++) {
            metricReports.add(
                organization,
                new MetricReport(
                    Metric.AZURE_CONSUMPTION_USD_TTM,
                    BigDecimal.valueOf(5000L * (i + 1)),
                    DAY.minusYears(1).plusMonths(i),
                    DAY.plusMonths(i)));
          }
          return organization;
        });
  }

  private Person member(OrganizationId previous, OrganizationId organization) {
    Person person = persons.save(aPerson());
    person.associateWith(previous, DAY, person.id(), UNLIMITED);
    person.associateWith(organization, DAY.plusDays(30), person.id(), UNLIMITED);
    Person stored = persons.save(person);
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
    return stored;
  }
}
