package org.attain.adapter.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.attain.application.contract.AuditLogContract;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.AuditLog;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.audit.AuditAction;
import org.attain.domain.audit.AuditEntry;
import org.attain.domain.organization.OrganizationId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The stored auditLog honours the store contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheAuditLogTest extends AuditLogContract {

  @Inject AuditLog store;
  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;
  @Inject EntityManager entityManager;

  @ConfigProperty(name = "quarkus.datasource.db-kind")
  String databaseKind;

  @Override
  protected AuditLog auditLog() {
    return store;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return unitOfWork.run(work);
  }

  /**
   * On PostgreSQL the vendor migration's trigger refuses any UPDATE or DELETE, even in plain SQL;
   * H2 has no SQL triggers, so there the paired no-op migration must at least have run.
   */
  @Test
  void onPostgreSqlTheDatabaseItselfRefusesToChangeOrRemoveAnEntry() {
    OrganizationId organization = unitOfWork.run(() -> organizations.save(anOrganization())).id();
    AuditEntry entry =
        new AuditEntry(
            "agent-smith",
            AuditAction.OVERRIDE_GRANTED,
            organization,
            "kept",
            DAY,
            Instant.parse("2025-03-10T10:15:30Z"),
            "Exam feed lags",
            Map.of());
    unitOfWork.run(
        () -> {
          store.append(entry);
          return null;
        });

    if (databaseKind.equals("postgresql")) {
      assertThatThrownBy(
              () ->
                  sql(
                      "update audit_entry set reason = 'edited' where organization_id = ?1",
                      organization))
          .rootCause()
          .hasMessageContaining("append-only");
      assertThatThrownBy(
              () -> sql("delete from audit_entry where organization_id = ?1", organization))
          .rootCause()
          .hasMessageContaining("append-only");
    } else {
      Object applied =
          unitOfWork.read(
              () ->
                  entityManager
                      .createNativeQuery(
                          "select count(*) from flyway_schema_history where version = '10.1'")
                      .getSingleResult());
      assertThat(((Number) applied).intValue()).isEqualTo(1);
    }
    assertThat(
            unitOfWork
                .read(
                    () ->
                        store.find(
                            new AuditLog.Filter(
                                Optional.of(organization), Optional.empty(), Optional.empty()),
                            new PageRequest(0, 10)))
                .items())
        .containsExactly(entry);
  }

  private int sql(String statement, OrganizationId organization) {
    return unitOfWork.run(
        () ->
            entityManager
                .createNativeQuery(statement)
                .setParameter(1, organization.value())
                .executeUpdate());
  }
}
