package org.attain.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.attain.application.error.ConflictException;
import org.attain.application.port.in.DispatchOutbox;
import org.attain.application.port.out.Notifier;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxBacklog;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.port.out.OutboxMessageId;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.shared.Guard;

/**
 * R6: sends the outbox's due emails without ever holding a unit of work across a send.
 *
 * <p>A round claims a batch in one short unit of work that leases the messages (they are due again
 * only when the lease ends) and commits. Each message is then sent outside any unit of work, at
 * most {@code parallelism} at once, and the dispatcher waits at most {@code sendTimeout} for each;
 * then one more short unit of work marks it sent, or reschedules it with capped exponential backoff
 * (a refusal, an unreachable server, a timeout, or any other failure of the notifier, so that a
 * faulty adapter cannot stop the queue). A hung send thus costs its own email the timeout and
 * delays no other beyond it.
 *
 * <p>A dispatcher that dies after its claim leaves its messages leased: they are sent by the next
 * round after the lease ends. Delivery is therefore at least once: an email the server accepted
 * just before the crash is sent again, with the same delivery key (so the same {@code Message-ID}).
 * A message whose lease would end before its send could time out is left for a later round rather
 * than risk another dispatcher sending it meanwhile.
 *
 * <p>A dispatcher that is stopped (the service shutting down) starts no round and no send any more;
 * the round under way records the sends it had started and releases the rest of its claim, due at
 * once, so that a clean stop delays no email by a lease.
 */
public final class DispatchOutboxService implements DispatchOutbox {

  /**
   * How a dispatcher works.
   *
   * @param backoff the delay after each failed attempt
   * @param batchSize how many messages one round claims at most
   * @param parallelism how many sends run at once at most
   * @param sendTimeout the longest the dispatcher waits for one send
   * @param lease how long a claimed message stays the claiming round's; longer than a round can
   *     take ({@code ceil(batchSize / parallelism) * sendTimeout}) so that messages are sent, not
   *     left for the next round
   */
  public record Settings(
      Backoff backoff, int batchSize, int parallelism, Duration sendTimeout, Duration lease) {

    public Settings {
      Guard.present(backoff, "backoff");
      Guard.check(batchSize >= 1, "batchSize", "batchSize must be at least 1");
      Guard.check(parallelism >= 1, "parallelism", "parallelism must be at least 1");
      Guard.present(sendTimeout, "sendTimeout");
      Guard.check(sendTimeout.isPositive(), "sendTimeout", "sendTimeout must be positive");
      Guard.present(lease, "lease");
      Guard.check(
          lease.compareTo(sendTimeout.multipliedBy(2)) >= 0,
          "lease",
          "the lease must be at least twice the send timeout");
    }

    /** The programme's defaults with the given backoff and batch size. */
    public static Settings of(Backoff backoff, int batchSize) {
      return new Settings(backoff, batchSize, 8, Duration.ofSeconds(30), Duration.ofMinutes(10));
    }
  }

  private enum Outcome {
    SENT,
    FAILED,
    LEFT_FOR_LATER,
    RELEASED
  }

  private static final ThreadFactory WORKERS =
      Thread.ofPlatform().daemon().name("outbox-dispatch-", 0).factory();

  /** Where the sends run: a send that ignores its timeout never holds a worker. */
  private static final ExecutorService SENDERS =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("outbox-send-", 0).factory());

  private final Outbox outbox;
  private final Notifier notifier;
  private final UnitOfWork unitOfWork;
  private final ProgrammeClock clock;
  private final Settings settings;

  /** Rounds hold it shared; {@link #stop} takes it exclusively to wait for them to end. */
  private final ReadWriteLock rounds = new ReentrantReadWriteLock();

  private volatile boolean stopping;

  public DispatchOutboxService(
      Outbox outbox,
      Notifier notifier,
      UnitOfWork unitOfWork,
      ProgrammeClock clock,
      Settings settings) {
    this.outbox = Guard.present(outbox, "outbox");
    this.notifier = Guard.present(notifier, "notifier");
    this.unitOfWork = Guard.present(unitOfWork, "unitOfWork");
    this.clock = Guard.present(clock, "clock");
    this.settings = Guard.present(settings, "settings");
  }

  /** A dispatcher with the default parallelism, send timeout and lease. */
  public DispatchOutboxService(
      Outbox outbox,
      Notifier notifier,
      UnitOfWork unitOfWork,
      ProgrammeClock clock,
      Backoff backoff,
      int batchSize) {
    this(outbox, notifier, unitOfWork, clock, Settings.of(backoff, batchSize));
  }

  @Override
  public Dispatched dispatchDue() {
    Lock round = rounds.readLock();
    round.lock();
    try {
      return stopping ? new Dispatched(0, 0) : dispatchRound();
    } finally {
      round.unlock();
    }
  }

  @Override
  public boolean stop(Duration grace) {
    stopping = true;
    Lock everyRound = rounds.writeLock();
    try {
      if (!everyRound.tryLock(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        return false;
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
    everyRound.unlock();
    return true;
  }

  private Dispatched dispatchRound() {
    Instant claimedAt = clock.now();
    Instant leaseEnds = claimedAt.plus(settings.lease());
    List<OutboxMessage> claimed =
        unitOfWork.run(() -> outbox.claimDue(claimedAt, settings.batchSize(), leaseEnds));
    if (claimed.isEmpty()) {
      return new Dispatched(0, 0);
    }
    List<Outcome> outcomes = deliverAll(claimed, leaseEnds);
    releaseUnsent(claimed, outcomes, claimedAt);
    return new Dispatched(
        (int) outcomes.stream().filter(o -> o == Outcome.SENT).count(),
        (int) outcomes.stream().filter(o -> o == Outcome.FAILED).count());
  }

  /** Gives back, due when they were claimed, the messages a stop kept this round from sending. */
  private void releaseUnsent(List<OutboxMessage> claimed, List<Outcome> outcomes, Instant dueAt) {
    List<OutboxMessageId> unsent = new ArrayList<>();
    for (int i = 0; i < claimed.size(); i++) {
      if (outcomes.get(i) == Outcome.RELEASED) {
        unsent.add(claimed.get(i).id());
      }
    }
    if (!unsent.isEmpty()) {
      unitOfWork.run(
          () -> {
            outbox.release(unsent, dueAt);
            return null;
          });
    }
  }

  @Override
  public Backlog backlog() {
    Instant now = clock.now();
    OutboxBacklog backlog = unitOfWork.read(() -> outbox.backlog(now));
    return new Backlog(
        backlog.pending(), backlog.oldestPendingAge(now), backlog.longestOverdue(now));
  }

  /** Delivers the claimed messages, {@code parallelism} at a time, each in its own worker. */
  private List<Outcome> deliverAll(List<OutboxMessage> claimed, Instant leaseEnds) {
    if (settings.parallelism() == 1 || claimed.size() == 1) {
      List<Outcome> outcomes = new ArrayList<>();
      claimed.forEach(message -> outcomes.add(deliver(message, leaseEnds)));
      return outcomes;
    }
    ExecutorService workers =
        Executors.newFixedThreadPool(Math.min(settings.parallelism(), claimed.size()), WORKERS);
    try {
      List<Future<Outcome>> running = new ArrayList<>();
      claimed.forEach(message -> running.add(workers.submit(() -> deliver(message, leaseEnds))));
      // Every worker ends within its send timeout and one short unit of work: wait for all, so
      // that one failing to record its outcome does not cut the others short.
      List<Outcome> outcomes = new ArrayList<>();
      Throwable firstFailure = null;
      for (Future<Outcome> outcome : running) {
        try {
          outcomes.add(resultOf(outcome));
        } catch (RuntimeException | Error failure) {
          firstFailure = firstFailure == null ? failure : firstFailure;
        }
      }
      if (firstFailure instanceof Error error) {
        throw error;
      }
      if (firstFailure != null) {
        throw (RuntimeException) firstFailure;
      }
      return outcomes;
    } finally {
      workers.shutdown();
    }
  }

  /**
   * Sends one message outside any unit of work, waiting at most the send timeout, then records the
   * outcome in a short unit of work of its own.
   */
  private Outcome deliver(OutboxMessage message, Instant leaseEnds) {
    if (stopping) {
      return Outcome.RELEASED;
    }
    if (clock.now().plus(settings.sendTimeout()).isAfter(leaseEnds)) {
      return Outcome.LEFT_FOR_LATER;
    }
    CompletableFuture<Void> sending =
        CompletableFuture.runAsync(
            () -> notifier.send(message.notification(), message.idempotencyKey()), SENDERS);
    String failure;
    try {
      sending.get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return record(message, null);
    } catch (TimeoutException timedOut) {
      sending.cancel(true);
      failure = "no answer within " + settings.sendTimeout();
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof Error error) {
        throw error;
      }
      failure = String.valueOf(failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      sending.cancel(true);
      failure = "the dispatcher was interrupted";
    }
    return record(message, failure);
  }

  /**
   * Marks the message sent ({@code failure} null) or reschedules it. A message no longer pending
   * (another dispatcher marked it after this one's lease ended) needs nothing more.
   */
  private Outcome record(OutboxMessage message, String failure) {
    try {
      return unitOfWork.run(
          () -> {
            Instant now = clock.now();
            if (failure == null) {
              outbox.markSent(message.id(), now);
              return Outcome.SENT;
            }
            outbox.reschedule(
                message.id(), settings.backoff().nextAttempt(now, message.attempts() + 1), failure);
            return Outcome.FAILED;
          });
    } catch (ConflictException notPending) {
      return failure == null ? Outcome.SENT : Outcome.FAILED;
    }
  }

  private static Outcome resultOf(Future<Outcome> outcome) {
    try {
      return outcome.get();
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof Error error) {
        throw error;
      }
      if (failed.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while dispatching", interrupted);
    }
  }
}
