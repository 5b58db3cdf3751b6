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
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxBacklog;
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
    return inTransaction(() -> outbox().claimDue(now, 10_000, now)).stream()
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
  public void aKeyPersonEmailKeepsItsKind() {
    Alert alert = storedAlert();
    Notification keyPerson =
        new Notification(
            List.of(freshEmail()),
            "Silver membership rests on one person: Contoso",
            "Your Silver membership rests on one person, Ana São Tomé.",
            List.of("Key person: Ana São Tomé."),
            Notification.Kind.KEY_PERSON);
    OutboxMessage message = OutboxMessage.pending(alert.id(), keyPerson, ENQUEUED);
    inTransaction(() -> outbox().enqueue(message));

    assertThat(found(message).notification().kind()).isEqualTo(Notification.Kind.KEY_PERSON);
    assertThat(found(message)).isEqualTo(message);
  }

  @Test
  public void onlyPendingMessagesDueByNowAreClaimedUpToTheLimit() {
    Alert alert = storedAlert();
    OutboxMessage due = enqueued(alert, ENQUEUED);
    OutboxMessage later = enqueued(alert, ENQUEUED.plus(Duration.ofHours(1)));

    assertThat(claimedIds(ENQUEUED)).contains(due.id()).doesNotContain(later.id());
    assertThat(claimedIds(ENQUEUED.plus(Duration.ofHours(1)))).contains(due.id(), later.id());
    Instant anHourLater = ENQUEUED.plus(Duration.ofHours(1));
    assertThat(inTransaction(() -> outbox().claimDue(anHourLater, 1, anHourLater))).hasSize(1);
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

  @Test
  public void aClaimLeasesItsMessages_noneIsClaimedAgainBeforeTheLeaseEndsAndEachIsAfter() {
    Alert alert = storedAlert();
    OutboxMessage first = enqueued(alert, ENQUEUED);
    OutboxMessage second = enqueued(alert, ENQUEUED);
    Instant leaseEnds = ENQUEUED.plus(Duration.ofMinutes(10));

    List<OutboxMessage> claimed =
        inTransaction(() -> outbox().claimDue(ENQUEUED, 10_000, leaseEnds)).stream()
            .filter(m -> m.alert().equals(alert.id()))
            .toList();

    assertThat(claimed).containsExactlyInAnyOrder(first, second);
    assertThat(found(first).nextAttemptAt()).isEqualTo(leaseEnds);
    assertThat(found(first).attempts()).isZero();
    assertThat(claimedIds(leaseEnds.minusMillis(1))).doesNotContain(first.id(), second.id());
    assertThat(claimedIds(leaseEnds)).contains(first.id(), second.id());
  }

  @Test
  public void aReleasedMessageIsDueAgainAtTheGivenTimeWithNoAttemptCounted_aSentOneStaysSent() {
    Alert alert = storedAlert();
    OutboxMessage unsent = enqueued(alert, ENQUEUED);
    OutboxMessage sent = enqueued(alert, ENQUEUED);
    Instant leaseEnds = ENQUEUED.plus(Duration.ofMinutes(10));
    inTransaction(() -> outbox().claimDue(ENQUEUED, 10_000, leaseEnds));
    inTransaction(
        () -> {
          outbox().markSent(sent.id(), ENQUEUED.plusSeconds(1));
          return null;
        });

    inTransaction(
        () -> {
          outbox().release(List.of(unsent.id(), sent.id()), ENQUEUED);
          return null;
        });

    OutboxMessage released = found(unsent);
    assertThat(released.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(released.nextAttemptAt()).isEqualTo(ENQUEUED);
    assertThat(released.attempts()).isZero();
    assertThat(released.error()).isEmpty();
    assertThat(found(sent).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(claimedIds(ENQUEUED)).contains(unsent.id()).doesNotContain(sent.id());
  }

  @Test
  public void theBacklogCountsPendingMessagesWithTheOldestEnqueuedAndTheEarliestDue() {
    Instant longAgo = Instant.parse("1971-01-01T00:00:00Z");
    Instant now = longAgo.plus(Duration.ofHours(2));
    OutboxBacklog before = inTransaction(() -> outbox().backlog(now));
    Alert alert = storedAlert();
    OutboxMessage oldest = enqueued(alert, longAgo);
    OutboxMessage later = enqueued(alert, longAgo.plus(Duration.ofHours(1)));

    OutboxBacklog during = inTransaction(() -> outbox().backlog(now));
    inTransaction(
        () -> {
          outbox().reschedule(oldest.id(), now.plus(Duration.ofMinutes(5)), "refused");
          return null;
        });
    OutboxBacklog rescheduled = inTransaction(() -> outbox().backlog(now));
    inTransaction(
        () -> {
          outbox().markSent(oldest.id(), now);
          outbox().markSent(later.id(), now);
          return null;
        });
    OutboxBacklog after = inTransaction(() -> outbox().backlog(now));

    assertThat(during.pending()).isEqualTo(before.pending() + 2);
    assertThat(during.oldestEnqueuedAt()).isEqualTo(longAgo);
    assertThat(during.earliestDueAt()).isEqualTo(longAgo);
    assertThat(during.oldestPendingAge(now)).isEqualTo(Duration.ofHours(2));
    assertThat(during.longestOverdue(now)).isEqualTo(Duration.ofHours(2));
    assertThat(rescheduled.oldestEnqueuedAt()).as("a retry keeps its age").isEqualTo(longAgo);
    assertThat(rescheduled.earliestDueAt()).isEqualTo(longAgo.plus(Duration.ofHours(1)));
    assertThat(after.pending()).isEqualTo(before.pending());
    assertThat(after.oldestEnqueued()).isNotEqualTo(java.util.Optional.of(longAgo));
  }
}
