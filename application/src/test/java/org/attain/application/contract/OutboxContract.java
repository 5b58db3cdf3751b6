package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;
import static org.attain.application.contract.ContractSamples.freshEmail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.port.out.OutboxMessageId;
import org.attain.application.port.out.OutboxStatus;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link Outbox} must do. The store may be shared with other tests and
 * never emptied: claims are checked on this test's messages among whatever else is due.
 */
public abstract class OutboxContract {

  /** Far in the past, so that whatever other tests leave due does not crowd ours out of a claim. */
  private static final Instant ENQUEUED = Instant.parse("2001-02-03T04:05:06.789Z");

  protected abstract Outbox outbox();

  protected abstract Alerts alerts();

  protected abstract Organizations organizations();

  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private Alert storedAlert() {
    return inTransaction(
        () -> {
          var organization = organizations().save(anOrganization());
          return alerts()
              .save(RiskSamples.anAlert(organization.id(), AlertKind.RENEWAL_AT_RISK, DAY));
        });
  }

  private OutboxMessage enqueued(Alert alert, Instant due) {
    OutboxMessage message =
        OutboxMessage.pending(alert.id(), RiskSamples.anEmailTo(freshEmail()), due);
    assertThat(inTransaction(() -> outbox().enqueue(message))).isTrue();
    return message;
  }

  private OutboxMessage found(OutboxMessage message) {
    return inTransaction(() -> outbox().findByKey(message.idempotencyKey())).orElseThrow();
  }

  private List<OutboxMessageId> claimedIds(Instant now) {
    return inTransaction(() -> outbox().claimDue(now, 10_000)).stream()
        .map(OutboxMessage::id)
        .toList();
  }

  @Test
  public void anEnqueuedMessageIsFoundByItsKeyWithEveryFieldAndItsKeyIsNeverEnqueuedTwice() {
    Alert alert = storedAlert();
    OutboxMessage message = enqueued(alert, ENQUEUED);
    OutboxMessage again =
        OutboxMessage.pending(alert.id(), message.notification(), ENQUEUED.plusSeconds(60));

    assertThat(found(message)).isEqualTo(message);
    assertThat(inTransaction(() -> outbox().enqueue(again))).isFalse();
    assertThat(inTransaction(() -> outbox().ofAlert(alert.id()))).containsExactly(message);
  }

  @Test
  public void onlyPendingMessagesDueByNowAreClaimedUpToTheLimit() {
    Alert alert = storedAlert();
    OutboxMessage due = enqueued(alert, ENQUEUED);
    OutboxMessage later = enqueued(alert, ENQUEUED.plus(Duration.ofHours(1)));

    assertThat(claimedIds(ENQUEUED)).contains(due.id()).doesNotContain(later.id());
    assertThat(claimedIds(ENQUEUED.plus(Duration.ofHours(1)))).contains(due.id(), later.id());
    assertThat(inTransaction(() -> outbox().claimDue(ENQUEUED.plus(Duration.ofHours(1)), 1)))
        .hasSize(1);
    assertThat(inTransaction(() -> outbox().ofAlert(alert.id())))
        .extracting(OutboxMessage::id)
        .containsExactly(due.id(), later.id());
  }

  @Test
  public void aSentMessageIsNoLongerClaimedAndCannotBeSentAgain() {
    OutboxMessage message = enqueued(storedAlert(), ENQUEUED);
    Instant sentAt = ENQUEUED.plusSeconds(5);

    inTransaction(
        () -> {
          outbox().markSent(message.id(), sentAt);
          return null;
        });

    assertThat(found(message).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(found(message).sentAt()).isEqualTo(sentAt);
    assertThat(claimedIds(sentAt)).doesNotContain(message.id());
    assertThatThrownBy(
            () ->
                inTransaction(
                    () -> {
                      outbox().markSent(message.id(), sentAt);
                      return null;
                    }))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  public void aRescheduledMessageCountsTheAttemptKeepsTheErrorAndIsDueAgainLater() {
    OutboxMessage message = enqueued(storedAlert(), ENQUEUED);
    Instant next = ENQUEUED.plus(Duration.ofMinutes(2));

    inTransaction(
        () -> {
          outbox().reschedule(message.id(), next, "connection refused");
          outbox().reschedule(message.id(), next, "connection refused again");
          return null;
        });

    OutboxMessage rescheduled = found(message);
    assertThat(rescheduled.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(rescheduled.attempts()).isEqualTo(2);
    assertThat(rescheduled.error()).contains("connection refused again");
    assertThat(rescheduled.nextAttemptAt()).isEqualTo(next);
    assertThat(claimedIds(next.minusMillis(1))).doesNotContain(message.id());
    assertThat(claimedIds(next)).contains(message.id());
  }

  @Test
  public void onlyAPendingMessageCanBeRescheduledOrSent() {
    OutboxMessage message = enqueued(storedAlert(), ENQUEUED);
    OutboxMessageId unknown = OutboxMessageId.newId();
    inTransaction(
        () -> {
          outbox().markSent(message.id(), ENQUEUED);
          return null;
        });

    assertThatThrownBy(
            () ->
                inTransaction(
                    () -> {
                      outbox().reschedule(message.id(), ENQUEUED.plusSeconds(60), "late failure");
                      return null;
                    }))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                inTransaction(
                    () -> {
                      outbox().markSent(unknown, ENQUEUED);
                      return null;
                    }))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                inTransaction(
                    () -> {
                      outbox().reschedule(unknown, ENQUEUED, "never enqueued");
                      return null;
                    }))
        .isInstanceOf(ConflictException.class);
    assertThat(found(message).attempts()).isZero();
    assertThat(found(message).error()).isEmpty();
  }

  @Test
  public void anErrorLongerThanItsMaximumIsKeptCutToIt() {
    OutboxMessage message = enqueued(storedAlert(), ENQUEUED);
    String error = "smtp said: " + "x".repeat(OutboxMessage.MAX_ERROR_LENGTH * 2);

    inTransaction(
        () -> {
          outbox().reschedule(message.id(), ENQUEUED.plusSeconds(60), error);
          return null;
        });

    assertThat(found(message).error()).contains(error.substring(0, OutboxMessage.MAX_ERROR_LENGTH));
  }
}
