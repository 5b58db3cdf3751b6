package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.Programme.TODAY;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.attain.application.contract.RiskSamples;
import org.attain.application.inmemory.InMemoryStores;
import org.attain.application.inmemory.MovableClock;
import org.attain.application.port.in.DispatchOutbox;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.NotificationFailedException;
import org.attain.application.port.out.Notifier;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.port.out.OutboxStatus;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

/** R6: due emails are sent once; a refused send is retried with capped exponential backoff. */
class DispatchOutboxServiceTest {

  private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(4));

  private final InMemoryStores stores = new InMemoryStores(TODAY);
  private final MovableClock clock = new MovableClock(Instant.parse("2025-04-01T09:00:00Z"));
  private final FakeNotifier notifier = new FakeNotifier();
  private final DispatchOutboxService dispatcher =
      new DispatchOutboxService(stores.outbox, notifier, stores.unitOfWork, clock, BACKOFF, 10);
  private final Alert alert =
      stores.alerts.save(
          RiskSamples.anAlert(OrganizationId.newId(), AlertKind.RENEWAL_AT_RISK, TODAY));

  @Test
  void r6_dueMessagesAreSentOnceAndMarkedSent() {
    OutboxMessage ana = enqueue("ana@contoso.com", clock.now());
    OutboxMessage bruno = enqueue("bruno@contoso.com", clock.now());
    OutboxMessage later = enqueue("carla@contoso.com", clock.now().plusSeconds(60));

    DispatchOutbox.Dispatched first = dispatcher.dispatchDue();
    DispatchOutbox.Dispatched second = dispatcher.dispatchDue();

    assertThat(first).isEqualTo(new DispatchOutbox.Dispatched(2, 0));
    assertThat(second).isEqualTo(new DispatchOutbox.Dispatched(0, 0));
    assertThat(notifier.delivered)
        .containsExactlyInAnyOrder(ana.notification(), bruno.notification());
    assertThat(stored(ana).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(stored(ana).sentAt()).isEqualTo(clock.now());
    assertThat(stored(later).status()).isEqualTo(OutboxStatus.PENDING);
  }

  @Test
  void r6_aRefusedSendIsRetriedWithExponentialBackoffCappedAndDeliveredOnceTheServerIsBack() {
    OutboxMessage message = enqueue("ana@contoso.com", clock.now());
    notifier.down = true;
    List<Duration> delays = new ArrayList<>();

    for (int attempt = 1; attempt <= 5; attempt++) {
      Instant before = clock.now();
      assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchOutbox.Dispatched(0, 1));
      Instant next = stored(message).nextAttemptAt();
      delays.add(Duration.between(before, next));
      clock.advance(Duration.between(before, next).minusSeconds(1));
      assertThat(dispatcher.dispatchDue())
          .as("not due before its time")
          .isEqualTo(new DispatchOutbox.Dispatched(0, 0));
      clock.advance(Duration.ofSeconds(1));
    }
    notifier.down = false;
    DispatchOutbox.Dispatched back = dispatcher.dispatchDue();

    assertThat(delays)
        .containsExactly(
            Duration.ofSeconds(30),
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(4));
    assertThat(stored(message).attempts()).isEqualTo(5);
    assertThat(stored(message).error())
        .hasValueSatisfying(e -> assertThat(e).contains("SMTP down"));
    assertThat(back).isEqualTo(new DispatchOutbox.Dispatched(1, 0));
    assertThat(notifier.delivered).containsExactly(message.notification());
    assertThat(stored(message).status()).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void oneFailingRecipientDoesNotHoldBackTheOthers() {
    OutboxMessage refused = enqueue("refused@contoso.com", clock.now());
    OutboxMessage fine = enqueue("bruno@contoso.com", clock.now());
    notifier.refusing = new EmailAddress("refused@contoso.com");

    DispatchOutbox.Dispatched run = dispatcher.dispatchDue();

    assertThat(run).isEqualTo(new DispatchOutbox.Dispatched(1, 1));
    assertThat(stored(fine).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(stored(refused).status()).isEqualTo(OutboxStatus.PENDING);
  }

  @Test
  void r6_aCrashMidSendLeavesTheMessagePendingAndTheNextDispatcherSendsItOnce() {
    OutboxMessage message = enqueue("ana@contoso.com", clock.now());
    notifier.crash = true;

    assertThatThrownBy(dispatcher::dispatchDue).isInstanceOf(OutOfMemoryError.class);
    notifier.crash = false;
    DispatchOutboxService afterRestart =
        new DispatchOutboxService(stores.outbox, notifier, stores.unitOfWork, clock, BACKOFF, 10);

    assertThat(stored(message).status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(stored(message).attempts()).isZero();
    assertThat(afterRestart.dispatchDue().sent()).as("leased to the dead dispatcher").isZero();
    clock.advance(DispatchOutboxService.Settings.of(BACKOFF, 10).lease());
    assertThat(afterRestart.dispatchDue().sent()).isEqualTo(1);
    assertThat(afterRestart.dispatchDue().sent()).isZero();
    assertThat(notifier.delivered).containsExactly(message.notification());
  }

  @Test
  void aRunHandlesAtMostItsBatchSize() {
    for (int i = 0; i < 3; i++) {
      enqueue("admin" + i + "@contoso.com", clock.now());
    }
    DispatchOutboxService small =
        new DispatchOutboxService(stores.outbox, notifier, stores.unitOfWork, clock, BACKOFF, 2);

    assertThat(small.dispatchDue().sent()).isEqualTo(2);
    assertThat(small.dispatchDue().sent()).isEqualTo(1);
  }

  @Test
  void noUnitOfWorkIsOpenWhileSending_andEachSendCarriesTheMessagesIdempotencyKey() {
    OutboxMessage ana = enqueue("ana@contoso.com", clock.now());
    OutboxMessage bruno = enqueue("bruno@contoso.com", clock.now());
    CountingUnitOfWork counting = new CountingUnitOfWork(stores.unitOfWork);
    List<Integer> openDuringSends = new CopyOnWriteArrayList<>();
    List<String> keys = new CopyOnWriteArrayList<>();
    // Both sends meet before either looks and again before either ends: a send that ended first
    // would be recording its outcome in a unit of work of its own, which the count would take for
    // one held across the other send.
    CyclicBarrier bothSending = new CyclicBarrier(2);
    Notifier watching =
        new Notifier() {
          @Override
          public void send(Notification notification) {
            throw new AssertionError("the dispatcher passes the delivery key");
          }

          @Override
          public void send(Notification notification, String deliveryKey) {
            meet(bothSending);
            openDuringSends.add(counting.open.get());
            keys.add(deliveryKey);
            meet(bothSending);
          }
        };
    DispatchOutboxService dispatcher =
        new DispatchOutboxService(
            stores.outbox, watching, counting, clock, settings(4, Duration.ofSeconds(30)));

    assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchOutbox.Dispatched(2, 0));

    assertThat(openDuringSends).containsExactly(0, 0);
    assertThat(keys).containsExactlyInAnyOrder(ana.idempotencyKey(), bruno.idempotencyKey());
    assertThat(counting.runs.get()).as("one claim, then one short unit per message").isEqualTo(3);
  }

  @Test
  void aSendThatNeverAnswersCostsItsOwnEmailTheTimeoutAndDelaysNoOther() {
    OutboxMessage hung = enqueue("hung@contoso.com", clock.now());
    List<OutboxMessage> others = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      others.add(enqueue("admin" + i + "@contoso.com", clock.now()));
    }
    CountDownLatch never = new CountDownLatch(1);
    List<EmailAddress> delivered = new CopyOnWriteArrayList<>();
    Notifier hanging =
        notification -> {
          if (notification.recipients().contains(hung.recipient())) {
            awaitQuietly(never);
          }
          delivered.add(notification.recipients().getFirst());
        };
    Duration timeout = Duration.ofMillis(500);
    DispatchOutboxService dispatcher =
        new DispatchOutboxService(
            stores.outbox, hanging, stores.unitOfWork, clock, settings(2, timeout));

    long started = System.nanoTime();
    DispatchOutbox.Dispatched round = dispatcher.dispatchDue();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    never.countDown();

    assertThat(round).isEqualTo(new DispatchOutbox.Dispatched(6, 1));
    assertThat(delivered).containsAll(others.stream().map(OutboxMessage::recipient).toList());
    assertThat(stored(hung).status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(stored(hung).error()).hasValueSatisfying(e -> assertThat(e).contains("no answer"));
    assertThat(stored(hung).nextAttemptAt()).isEqualTo(clock.now().plus(BACKOFF.base()));
    // The hung send held one of two workers for its timeout; the other sent the rest meanwhile.
    assertThat(took).isGreaterThanOrEqualTo(timeout).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void aRoundSendsUpToItsParallelismAtOnceAndNoMore() {
    for (int i = 0; i < 8; i++) {
      enqueue("admin" + i + "@contoso.com", clock.now());
    }
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CyclicBarrier fourAtOnce = new CyclicBarrier(4);
    Notifier slow =
        notification -> {
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          try {
            fourAtOnce.await(20, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException("fewer than four sends ran at once", e);
          } finally {
            inFlight.decrementAndGet();
          }
        };
    DispatchOutboxService dispatcher =
        new DispatchOutboxService(
            stores.outbox, slow, stores.unitOfWork, clock, settings(4, Duration.ofSeconds(30)));

    assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchOutbox.Dispatched(8, 0));
    assertThat(most.get()).isEqualTo(4);
  }

  @Test
  void aMessageWhoseLeaseWouldEndBeforeItsSendCouldTimeOutIsLeftForALaterRound() {
    OutboxMessage message = enqueue("ana@contoso.com", clock.now());
    Duration timeout = Duration.ofMinutes(1);
    Notifier slowClock =
        notification -> {
          throw new AssertionError("not sent: its lease would end first");
        };
    MovableClock late = clock;
    DispatchOutboxService dispatcher =
        new DispatchOutboxService(
            stores.outbox,
            slowClock,
            new ClockAdvancingUnitOfWork(
                stores.unitOfWork, late, Duration.ofMinutes(1).plusSeconds(1)),
            late,
            new DispatchOutboxService.Settings(BACKOFF, 10, 1, timeout, timeout.multipliedBy(2)));

    assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchOutbox.Dispatched(0, 0));
    assertThat(stored(message).status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(stored(message).attempts()).isZero();
  }

  @Test
  void aStopMidRoundLetsTheSendsUnderWayEndAndGivesBackTheRestDueAtOnce() throws Exception {
    List<OutboxMessage> messages = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      messages.add(enqueue("admin" + i + "@contoso.com", clock.now()));
    }
    Instant claimedAt = clock.now();
    CountDownLatch twoUnderWay = new CountDownLatch(2);
    CountDownLatch carryOn = new CountDownLatch(1);
    List<EmailAddress> delivered = new CopyOnWriteArrayList<>();
    Notifier held =
        notification -> {
          twoUnderWay.countDown();
          awaitQuietly(carryOn);
          delivered.add(notification.recipients().getFirst());
        };
    DispatchOutboxService dispatcher =
        new DispatchOutboxService(
            stores.outbox, held, stores.unitOfWork, clock, settings(2, Duration.ofSeconds(30)));

    CompletableFuture<DispatchOutbox.Dispatched> round =
        CompletableFuture.supplyAsync(dispatcher::dispatchDue);
    assertThat(twoUnderWay.await(20, TimeUnit.SECONDS)).as("two sends under way").isTrue();
    boolean endedAtOnce = dispatcher.stop(Duration.ZERO);
    carryOn.countDown();
    boolean endedWithinGrace = dispatcher.stop(Duration.ofSeconds(20));

    assertThat(endedAtOnce).as("the round was still under way").isFalse();
    assertThat(endedWithinGrace).isTrue();
    assertThat(round.get(20, TimeUnit.SECONDS)).isEqualTo(new DispatchOutbox.Dispatched(2, 0));
    assertThat(delivered).hasSize(2);
    List<OutboxMessage> released =
        messages.stream()
            .map(this::stored)
            .filter(m -> m.status() == OutboxStatus.PENDING)
            .toList();
    assertThat(released).hasSize(4);
    assertThat(released)
        .allSatisfy(
            m -> {
              assertThat(m.nextAttemptAt())
                  .as("due at once, not at the lease's end")
                  .isEqualTo(claimedAt);
              assertThat(m.attempts()).isZero();
            });
    assertThat(dispatcher.dispatchDue())
        .as("stopped")
        .isEqualTo(new DispatchOutbox.Dispatched(0, 0));
    DispatchOutboxService afterRestart =
        new DispatchOutboxService(stores.outbox, notifier, stores.unitOfWork, clock, BACKOFF, 10);
    assertThat(afterRestart.dispatchDue()).isEqualTo(new DispatchOutbox.Dispatched(4, 0));
  }

  @Test
  void theBacklogTellsHowManyArePendingHowOldTheOldestIsAndHowLongOneIsOverdue() {
    enqueue("ana@contoso.com", clock.now());
    clock.advance(Duration.ofMinutes(3));
    enqueue("bruno@contoso.com", clock.now().plus(Duration.ofMinutes(5)));
    clock.advance(Duration.ofMinutes(2));

    assertThat(dispatcher.backlog())
        .isEqualTo(new DispatchOutbox.Backlog(2, Duration.ofMinutes(5), Duration.ofMinutes(5)));
    dispatcher.dispatchDue();
    assertThat(dispatcher.backlog())
        .isEqualTo(new DispatchOutbox.Backlog(1, Duration.ZERO, Duration.ZERO));
  }

  @Test
  void theBackoffDoublesFromItsBaseUpToItsCap() {
    assertThat(BACKOFF.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(BACKOFF.delayAfter(4)).isEqualTo(Duration.ofMinutes(4));
    assertThat(BACKOFF.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(4));
  }

  private static DispatchOutboxService.Settings settings(int parallelism, Duration timeout) {
    return new DispatchOutboxService.Settings(
        BACKOFF, 10, parallelism, timeout, Duration.ofMinutes(10));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Counts the units of work run and how many are open at a moment. */
  private static void meet(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception notBoth) {
      throw new AssertionError("the sends did not run at once", notBoth);
    }
  }

  private static final class CountingUnitOfWork implements UnitOfWork {
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger runs = new AtomicInteger();
    private final UnitOfWork delegate;

    CountingUnitOfWork(UnitOfWork delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> T run(Supplier<T> work) {
      runs.incrementAndGet();
      open.incrementAndGet();
      try {
        return delegate.run(work);
      } finally {
        open.decrementAndGet();
      }
    }

    @Override
    public <T> T changing(
        Supplier<? extends Collection<OrganizationId>> organizations, Supplier<T> work) {
      return run(work);
    }
  }

  /** Moves the clock on after each unit of work, as a slow claim on a busy database would. */
  private record ClockAdvancingUnitOfWork(UnitOfWork delegate, MovableClock clock, Duration by)
      implements UnitOfWork {

    @Override
    public <T> T run(Supplier<T> work) {
      T result = delegate.run(work);
      clock.advance(by);
      return result;
    }

    @Override
    public <T> T changing(
        Supplier<? extends Collection<OrganizationId>> organizations, Supplier<T> work) {
      return run(work);
    }
  }

  private OutboxMessage enqueue(String recipient, Instant due) {
    OutboxMessage message =
        OutboxMessage.pending(alert.id(), RiskSamples.anEmailTo(new EmailAddress(recipient)), due);
    stores.outbox.enqueue(message);
    return message;
  }

  private OutboxMessage stored(OutboxMessage message) {
    return stores.outbox.findByKey(message.idempotencyKey()).orElseThrow();
  }

  /** Delivers into a list, or refuses as an SMTP server that is down or rejects one address. */
  private static final class FakeNotifier implements Notifier {
    final List<Notification> delivered = new ArrayList<>();
    boolean down;
    boolean crash;
    EmailAddress refusing;

    @Override
    public void send(Notification notification) {
      if (crash) {
        throw new OutOfMemoryError("the process dies mid-send");
      }
      if (down || (refusing != null && notification.recipients().contains(refusing))) {
        throw new NotificationFailedException("SMTP down or address refused", null);
      }
      delivered.add(notification);
    }
  }
}
