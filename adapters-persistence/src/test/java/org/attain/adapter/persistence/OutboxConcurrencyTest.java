package org.attain.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;
import static org.attain.application.contract.ContractSamples.freshEmail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.attain.adapter.persistence.TwoRequests.Outcome;
import org.attain.application.contract.RiskSamples;
import org.attain.application.inmemory.MovableClock;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.Notifier;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.port.out.OutboxMessageId;
import org.attain.application.port.out.OutboxStatus;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.service.Backoff;
import org.attain.application.service.DispatchOutboxService;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Two dispatchers on one database, each claiming in its own unit of work (R6: two dispatchers never
 * send the same email), and two units of work enqueueing the same email at once. The messages here
 * are due long before anything the contract tests enqueue, so the claims see only these.
 */
@QuarkusTest
class OutboxConcurrencyTest {

  private static final Instant DUE = Instant.parse("1990-01-01T00:00:00Z");
  private static final Instant NOW = DUE.plusSeconds(60);
  private static final long TIMEOUT_SECONDS = 30;

  @Inject UnitOfWork unitOfWork;
  @Inject Outbox outbox;
  @Inject Alerts alerts;
  @Inject Organizations organizations;

  @RepeatedTest(3)
  void twoDispatchersClaimingAtOnce_everyMessageIsClaimedByExactlyOneOfThem() throws Exception {
    List<OutboxMessage> enqueued = enqueuedDue(10);
    TwoRequests dispatchers = new TwoRequests();

    List<Outcome> outcomes =
        dispatchers.race(() -> dispatchAll(dispatchers), () -> dispatchAll(dispatchers));

    List<OutboxMessageId> claimed = new ArrayList<>();
    outcomes.forEach(
        outcome -> {
          assertThat(outcome.failure()).as("a dispatcher failed").isNull();
          claimed.addAll(ids(outcome.value()));
        });
    assertThat(claimed).as("no message claimed twice").doesNotHaveDuplicates();
    assertThat(claimed).containsAll(idsOf(enqueued));
    assertThat(statuses(enqueued)).containsOnly(OutboxStatus.SENT);
  }

  /**
   * The designer's case for {@code SKIP LOCKED}: dispatcher A claims two and keeps its unit of work
   * open; B claims meanwhile without waiting, and never gets A's. On PostgreSQL B gets every other
   * one. H2 accepts the same statement but locks every row a {@code FOR UPDATE} query reads (all
   * the due ones, not only those within its limit), so there B finds nothing until A ends: never a
   * duplicate, the dispatchers of the one embedded instance only take turns.
   */
  @Test
  void whileOneDispatcherHoldsItsClaim_anotherSkipsThoseRowsAndClaimsTheRest() throws Exception {
    List<OutboxMessage> enqueued = enqueuedDue(6);
    CountDownLatch aClaimed = new CountDownLatch(1);
    CountDownLatch bDone = new CountDownLatch(1);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<List<OutboxMessageId>> dispatcherA =
          thread.submit(
              () ->
                  unitOfWork.run(
                      () -> {
                        List<OutboxMessageId> mine = claim(2);
                        aClaimed.countDown();
                        await(bDone, "B never finished while A held its claim");
                        mine.forEach(id -> outbox.markSent(id, NOW));
                        return mine;
                      }));
      await(aClaimed, "A never claimed");
      List<OutboxMessageId> claimedByB =
          unitOfWork.run(
              () -> {
                List<OutboxMessageId> mine = claim(100);
                mine.forEach(id -> outbox.markSent(id, NOW));
                return mine;
              });
      bDone.countDown();
      List<OutboxMessageId> claimedByA = dispatcherA.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

      assertThat(claimedByA).hasSize(2);
      assertThat(claimedByB).doesNotContainAnyElementsOf(claimedByA);
      if (onPostgreSql()) {
        assertThat(concat(claimedByA, claimedByB)).containsAll(idsOf(enqueued));
        assertThat(statuses(enqueued)).containsOnly(OutboxStatus.SENT);
      } else {
        assertThat(claimedByB).as("H2 holds every row A's query read until A ends").isEmpty();
      }
    } finally {
      thread.shutdownNow();
    }
  }

  /**
   * R6, a restart mid-dispatch: a dispatcher dies holding its claim before any send commits; the
   * dispatcher of the restarted service sends each email once, and one started after it none again.
   */
  @Test
  void aDispatcherDyingMidRound_leavesItsEmailsToTheNextWhichSendsEachOnce() {
    List<OutboxMessage> enqueued = enqueuedDue(3);
    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      claim(3);
                      throw new IllegalStateException("the process died mid-round");
                    }))
        .hasMessageContaining("died");

    List<Notification> sent = new CopyOnWriteArrayList<>();
    dispatcher(sent::add).dispatchDue();
    dispatcher(sent::add).dispatchDue();

    for (OutboxMessage message : enqueued) {
      assertThat(sent)
          .filteredOn(n -> n.recipients().equals(List.of(message.recipient())))
          .hasSize(1);
    }
    assertThat(statuses(enqueued)).containsOnly(OutboxStatus.SENT);
  }

  private DispatchOutboxService dispatcher(Notifier notifier) {
    return new DispatchOutboxService(
        outbox,
        notifier,
        unitOfWork,
        new MovableClock(NOW),
        new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2)),
        100);
  }

  /** What the risk watch does when two changes raise the same email at once: one adds it. */
  @RepeatedTest(3)
  void twoUnitsOfWorkEnqueueingTheSameEmailAtOnce_oneAddsItAndNeitherFails() {
    Alert alert = storedAlert();
    Notification email = RiskSamples.anEmailTo(freshEmail());
    TwoRequests requests = new TwoRequests();

    List<Outcome> outcomes =
        requests.race(() -> enqueue(alert, email, requests), () -> enqueue(alert, email, requests));

    assertThat(outcomes).allMatch(Outcome::succeeded, "both units of work commit");
    assertThat(outcomes).extracting(Outcome::value).containsExactlyInAnyOrder(true, false);
    assertThat(unitOfWork.read(() -> outbox.ofAlert(alert.id()))).hasSize(1);
  }

  /** Enqueues, then reads in the same unit of work: a PostgreSQL transaction is still usable. */
  private boolean enqueue(Alert alert, Notification email, TwoRequests requests) {
    return unitOfWork.run(
        () -> {
          OutboxMessage message = OutboxMessage.pending(alert.id(), email, DUE);
          requests.bothHere();
          boolean added = outbox.enqueue(message);
          assertThat(outbox.findByKey(message.idempotencyKey())).isPresent();
          return added;
        });
  }

  /**
   * One dispatcher: claims two at a time, each batch in its own unit of work, until none is due.
   */
  private List<OutboxMessageId> dispatchAll(TwoRequests dispatchers) {
    dispatchers.bothHere();
    List<OutboxMessageId> claimed = new ArrayList<>();
    while (true) {
      List<OutboxMessageId> batch =
          unitOfWork.run(
              () -> {
                List<OutboxMessageId> mine = claim(2);
                mine.forEach(id -> outbox.markSent(id, NOW));
                return mine;
              });
      if (batch.isEmpty()) {
        return claimed;
      }
      claimed.addAll(batch);
    }
  }

  private List<OutboxMessageId> claim(int limit) {
    return new ArrayList<>(
        outbox.claimDue(NOW, limit, NOW).stream().map(OutboxMessage::id).toList());
  }

  private List<OutboxMessage> enqueuedDue(int count) {
    Alert alert = storedAlert();
    List<OutboxMessage> messages =
        IntStream.range(0, count)
            .mapToObj(
                i -> OutboxMessage.pending(alert.id(), RiskSamples.anEmailTo(freshEmail()), DUE))
            .toList();
    unitOfWork.run(
        () -> {
          messages.forEach(message -> assertThat(outbox.enqueue(message)).isTrue());
          return null;
        });
    return messages;
  }

  private Alert storedAlert() {
    return unitOfWork.run(
        () ->
            alerts.save(
                RiskSamples.anAlert(
                    organizations.save(anOrganization()).id(), AlertKind.RENEWAL_AT_RISK, DAY)));
  }

  private List<OutboxStatus> statuses(List<OutboxMessage> messages) {
    return unitOfWork.read(
        () ->
            messages.stream()
                .map(m -> outbox.findByKey(m.idempotencyKey()).orElseThrow().status())
                .toList());
  }

  private static List<OutboxMessageId> idsOf(List<OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::id).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<OutboxMessageId> ids(Object value) {
    return (List<OutboxMessageId>) value;
  }

  private static List<OutboxMessageId> concat(List<OutboxMessageId> a, List<OutboxMessageId> b) {
    List<OutboxMessageId> all = new ArrayList<>(a);
    all.addAll(b);
    return Collections.unmodifiableList(all);
  }

  private static void await(CountDownLatch latch, String otherwise) {
    try {
      if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError(otherwise);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean onPostgreSql() {
    return "postgresql".equals(System.getenv("ATTAIN_DB_KIND"));
  }
}
