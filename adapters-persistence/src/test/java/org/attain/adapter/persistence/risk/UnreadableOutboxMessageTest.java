package org.attain.adapter.persistence.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;
import static org.attain.application.contract.ContractSamples.freshEmail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.attain.application.contract.RiskSamples;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** A row that no longer reads as a message must not stop the other emails (issue 11). */
@QuarkusTest
class UnreadableOutboxMessageTest {

  private static final Instant NOW = Instant.parse("2001-02-03T04:05:06Z");

  @Inject Outbox outbox;
  @Inject Alerts alerts;
  @Inject Organizations organizations;
  @Inject UnitOfWork unitOfWork;
  @Inject Session session;

  @Test
  void anUnreadableRowIsSetAsideUntilTheLeaseEndsWithItsErrorAndTheOthersAreClaimed() {
    Alert alert =
        unitOfWork.run(
            () ->
                alerts.save(
                    RiskSamples.anAlert(
                        organizations.save(anOrganization()).id(),
                        AlertKind.RENEWAL_AT_RISK,
                        DAY)));
    OutboxMessage readable = enqueued(alert);
    OutboxMessage spoilt = enqueued(alert);
    unitOfWork.run(
        () ->
            session
                .createNativeMutationQuery(
                    "UPDATE outbox_message SET idempotency_key = 'not the alert and recipient'"
                        + " WHERE id = :id")
                .setParameter("id", spoilt.id().value())
                .executeUpdate());
    Instant leaseEnds = NOW.plus(Duration.ofMinutes(10));

    List<OutboxMessage> claimed =
        unitOfWork.run(() -> outbox.claimDue(NOW, 10_000, leaseEnds)).stream()
            .filter(m -> m.alert().equals(alert.id()))
            .toList();

    assertThat(claimed).containsExactly(readable);
    Object[] setAside =
        unitOfWork.read(
            () ->
                (Object[])
                    session
                        .createNativeQuery(
                            "SELECT status, last_error FROM outbox_message WHERE id = :id",
                            Object[].class)
                        .setParameter("id", spoilt.id().value())
                        .getSingleResult());
    assertThat(setAside[0]).isEqualTo("PENDING");
    assertThat((String) setAside[1]).startsWith("unreadable: ").contains("idempotencyKey");
    assertThat(unitOfWork.run(() -> outbox.claimDue(leaseEnds.minusSeconds(1), 10_000, leaseEnds)))
        .noneMatch(m -> m.alert().equals(alert.id()));
  }

  private OutboxMessage enqueued(Alert alert) {
    OutboxMessage message =
        OutboxMessage.pending(alert.id(), RiskSamples.anEmailTo(freshEmail()), NOW);
    assertThat(unitOfWork.run(() -> outbox.enqueue(message))).isTrue();
    return message;
  }
}
