package org.attain.bootstrap;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.attain.application.port.in.DispatchOutbox;
import org.attain.application.port.out.ProgrammeClock;

/**
 * What the metrics and the readiness check know of the outbox dispatcher: its backlog, read from
 * the store at most once a second however many gauges and probes ask, and when its last round
 * ended. The dispatcher counts as stuck when an email has been due for longer than {@code
 * stuckAfter} and no round has ended for as long (the start of the service counts as a round's end,
 * so a service that starts with an old backlog has {@code stuckAfter} to work it off).
 */
final class OutboxWatch {

  /** How long one read of the backlog answers every reader. */
  static final Duration FRESH_FOR = Duration.ofSeconds(1);

  private record Snapshot(Instant readAt, DispatchOutbox.Backlog backlog) {}

  private final Supplier<DispatchOutbox.Backlog> store;
  private final ProgrammeClock clock;
  private final Duration stuckAfter;
  private final AtomicReference<Instant> lastRoundEnded;
  private Snapshot cached;

  OutboxWatch(Supplier<DispatchOutbox.Backlog> store, ProgrammeClock clock, Duration stuckAfter) {
    this.store = store;
    this.clock = clock;
    this.stuckAfter = stuckAfter;
    this.lastRoundEnded = new AtomicReference<>(clock.now());
  }

  /** The backlog as read at most {@link #FRESH_FOR} ago. */
  synchronized DispatchOutbox.Backlog backlog() {
    Instant now = clock.now();
    if (cached == null
        || now.isBefore(cached.readAt())
        || !now.isBefore(cached.readAt().plus(FRESH_FOR))) {
      cached = new Snapshot(now, store.get());
    }
    return cached.backlog();
  }

  /** A dispatch round ended (whatever it sent): the dispatcher is alive. */
  void roundEnded() {
    lastRoundEnded.set(clock.now());
  }

  /** How long ago the last round ended (or the service started); zero if the clock went back. */
  Duration sinceLastRound() {
    Instant now = clock.now();
    Instant last = lastRoundEnded.get();
    return last.isBefore(now) ? Duration.between(last, now) : Duration.ZERO;
  }

  Duration stuckAfter() {
    return stuckAfter;
  }

  /** Why the dispatcher counts as stuck now, if it does. */
  Optional<String> stuck() {
    DispatchOutbox.Backlog backlog = backlog();
    Duration sinceLastRound = sinceLastRound();
    if (backlog.longestOverdue().compareTo(stuckAfter) > 0
        && sinceLastRound.compareTo(stuckAfter) > 0) {
      return Optional.of(
          "an email has been due for "
              + backlog.longestOverdue()
              + " and no dispatch round has ended for "
              + sinceLastRound
              + " (stuck after "
              + stuckAfter
              + ")");
    }
    return Optional.empty();
  }
}
