package org.attain.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.UNLIMITED;
import static org.attain.application.contract.ContractSamples.aPerson;
import static org.attain.application.contract.ContractSamples.anOrganization;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowingConsumer;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.query.NativeQuery;
import org.junit.jupiter.api.Test;

/**
 * What the schema guarantees even when a writer bypasses the domain (a bug, a script, a second
 * service): written here with plain SQL, the database still refuses what would corrupt the data.
 */
@QuarkusTest
class SchemaConstraintsTest {

  @Inject UnitOfWork unitOfWork;
  @Inject EntityManager entityManager;
  @Inject Persons persons;
  @Inject Organizations organizations;
  @Inject Achievements achievements;
  @Inject Catalogs catalogs;

  @Test
  void theDatabaseRefusesASecondOpenAssociationOfAPerson() {
    OrganizationId first = storedOrganization();
    OrganizationId second = storedOrganization();
    Person person = associated(first);

    assertThatThrownBy(() -> insertAssociation(person, 1, second, null, person.id().value()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
    assertThat(unitOfWork.read(() -> persons.findById(person.id())).orElseThrow().associations())
        .hasSize(1);
  }

  @Test
  void anOpenAssociationCannotDodgeTheConstraintByLeavingItsMarkerEmpty() {
    OrganizationId first = storedOrganization();
    OrganizationId second = storedOrganization();
    Person person = associated(first);

    assertThatThrownBy(() -> insertAssociation(person, 1, second, null, null))
        .isNotInstanceOf(ConflictException.class)
        .satisfies(refusedBy("person_association_open_ck"));
  }

  @Test
  void anEndedAssociationCannotKeepTheOpenMarker() {
    OrganizationId organization = storedOrganization();
    Person person = unitOfWork.run(() -> persons.save(aPerson()));

    assertThatThrownBy(
            () -> insertAssociation(person, 0, organization, DAY.plusDays(1), person.id().value()))
        .satisfies(refusedBy("person_association_open_ck"));
  }

  @Test
  void emailsAreStoredLowerCaseOnly() {
    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () ->
                        entityManager
                            .createNativeQuery(
                                "insert into person (id, name, email, version)"
                                    + " values (?1, 'Upper', 'Upper@Example.org', 0)")
                            .setParameter(1, UUID.randomUUID())
                            .executeUpdate()))
        .satisfies(refusedBy("person_email_ck"));
  }

  @Test
  void theSameEarningIsRecordedOnce() {
    Person holder = unitOfWork.run(() -> persons.save(aPerson()));
    unitOfWork.run(() -> achievements.add(exam(holder)));

    assertThatThrownBy(() -> unitOfWork.run(() -> achievements.add(exam(holder))))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("achievement-already-recorded"));
    assertThat(unitOfWork.read(() -> achievements.heldBy(List.of(holder.id())))).hasSize(1);
  }

  @Test
  void aMetricReportOfAnUnknownMetricOrANegativeValueIsRefused() {
    OrganizationId organization = storedOrganization();

    assertThatThrownBy(() -> insertMetricReport(organization, "BITCOIN_MINED", "1.00"))
        .satisfies(refusedBy("metric_report_metric_ck"));
    assertThatThrownBy(() -> insertMetricReport(organization, "POWER_BI_SEATS", "-1.00"))
        .satisfies(refusedBy("metric_report_value_ck"));
    assertThat(insertMetricReport(organization, "POWER_BI_SEATS", "1.00")).isEqualTo(1);
  }

  @Test
  void twoCatalogVersionsCannotTakeEffectOnTheSameDay() {
    LocalDate taken =
        unitOfWork.read(() -> catalogs.history().versions().getFirst()).effectiveFrom();

    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () ->
                        entityManager
                            .createNativeQuery(
                                "insert into catalog_version (version, effective_from, document)"
                                    + " values (?1, ?2, '{}')")
                            .setParameter(1, Integer.MAX_VALUE)
                            .setParameter(2, taken)
                            .executeUpdate()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
  }

  private int insertMetricReport(OrganizationId organization, String metric, String value) {
    String sql =
        "insert into metric_report (organization_id, metric, metric_value, period_start,"
            + " period_end) values (?1, ?2, ?3, ?4, ?4)";
    return unitOfWork.run(
        () ->
            entityManager
                .createNativeQuery(sql)
                .setParameter(1, organization.value())
                .setParameter(2, metric)
                .setParameter(3, new BigDecimal(value))
                .setParameter(4, DAY)
                .executeUpdate());
  }

  /** The failure is the database refusing a row because of {@code constraint}. */
  private static ThrowingConsumer<Throwable> refusedBy(String constraint) {
    return failure -> {
      Throwable cause = failure;
      while (cause != null && !(cause instanceof ConstraintViolationException)) {
        cause = cause.getCause();
      }
      assertThat(cause).as("a constraint violation in " + failure).isNotNull();
      ConstraintViolationException violation = (ConstraintViolationException) cause;
      assertThat(violation.getConstraintName() + " " + violation.getSQLException().getMessage())
          .containsIgnoringCase(constraint);
    };
  }

  private static Achievement exam(Person holder) {
    return Achievement.earned(
        holder.id(), AchievementKind.EXAM, new AchievementCode("70-533"), DAY, null, null);
  }

  /** Writes an association row directly, bypassing the domain and the mapper. */
  private int insertAssociation(
      Person person, int index, OrganizationId organization, LocalDate until, UUID openPersonId) {
    String sql =
        "insert into person_association (person_id, list_index, organization_id, since, until,"
            + " end_reason, open_person_id) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
    return unitOfWork.run(
        () -> {
          NativeQuery<?> insert = entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
          return insert
              .setParameter(1, person.id().value())
              .setParameter(2, index)
              .setParameter(3, organization.value())
              .setParameter(4, DAY)
              .setParameter(5, until, LocalDate.class)
              .setParameter(6, until == null ? null : "LEFT", String.class)
              .setParameter(7, openPersonId, UUID.class)
              .executeUpdate();
        });
  }

  private Person associated(OrganizationId organization) {
    return unitOfWork.run(
        () -> {
          Person person = persons.save(aPerson());
          person.associateWith(organization, DAY, person.id(), UNLIMITED);
          return persons.save(person);
        });
  }

  private OrganizationId storedOrganization() {
    return unitOfWork.run(() -> organizations.save(anOrganization())).id();
  }
}
