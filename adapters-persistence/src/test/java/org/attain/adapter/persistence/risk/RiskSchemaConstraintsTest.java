package org.attain.adapter.persistence.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import org.assertj.core.api.ThrowingConsumer;
import org.attain.application.contract.RiskSamples;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.AlertKind;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.query.NativeQuery;
import org.junit.jupiter.api.Test;

/**
 * What the schema of alerts guarantees even when a writer bypasses the store (R6: one ongoing alert
 * per organization and kind): written here with plain SQL, the database still refuses it.
 */
@QuarkusTest
class RiskSchemaConstraintsTest {

  @Inject UnitOfWork unitOfWork;
  @Inject EntityManager entityManager;
  @Inject Alerts alerts;
  @Inject Organizations organizations;

  @Test
  void theDatabaseRefusesASecondOngoingAlertOfAKind() {
    OrganizationId organization = storedOrganization();
    unitOfWork.run(
        () -> alerts.save(RiskSamples.anAlert(organization, AlertKind.RENEWAL_AT_RISK, DAY)));

    assertThatThrownBy(() -> insertAlert(organization, null, "RENEWAL_AT_RISK"))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
    assertThat(insertAlert(organization, DAY.plusDays(1), null)).isEqualTo(1);
    assertThat(insertAlert(organization, DAY.plusDays(2), null)).isEqualTo(1);
    assertThat(unitOfWork.read(() -> alerts.ongoing(organization))).hasSize(1);
  }

  @Test
  void anOngoingAlertCannotDodgeTheConstraintByLeavingItsMarkerEmpty() {
    OrganizationId organization = storedOrganization();

    assertThatThrownBy(() -> insertAlert(organization, null, null))
        .isNotInstanceOf(ConflictException.class)
        .satisfies(refusedBy("alert_ongoing_ck"));
    assertThatThrownBy(() -> insertAlert(organization, DAY.plusDays(1), "RENEWAL_AT_RISK"))
        .satisfies(refusedBy("alert_ongoing_ck"));
  }

  /** Writes a renewal-at-risk alert row directly, bypassing the domain and the store. */
  private int insertAlert(OrganizationId organization, LocalDate endedOn, String ongoingKind) {
    String sql =
        "insert into alert (id, organization_id, kind, level, cause_kind, cause_description,"
            + " raised_on, lapsing, now_short, restore_by, ended_on, ongoing_kind, version)"
            + " values (?1, ?2, 'RENEWAL_AT_RISK', 'GOLD', 'person-left', 'Ana left', ?3,"
            + " '[]', '[]', '[]', ?4, ?5, 0)";
    return unitOfWork.run(
        () -> {
          NativeQuery<?> insert = entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
          return insert
              .setParameter(1, UUID.randomUUID())
              .setParameter(2, organization.value())
              .setParameter(3, DAY)
              .setParameter(4, endedOn, LocalDate.class)
              .setParameter(5, ongoingKind, String.class)
              .executeUpdate();
        });
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

  private OrganizationId storedOrganization() {
    return unitOfWork.run(() -> organizations.save(anOrganization())).id();
  }
}
