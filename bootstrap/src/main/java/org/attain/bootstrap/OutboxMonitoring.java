package org.attain.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.attain.application.UseCases;
import org.attain.application.port.in.DispatchOutbox;
import org.attain.application.port.out.ProgrammeClock;
import org.jboss.logging.Logger;

/**
 * R6's email outbox at {@code /q/metrics}, registered when the service starts:
 *
 * <ul>
 *   <li>{@code attain_outbox_pending}: emails not sent yet (the outbox's depth);
 *   <li>{@code attain_outbox_oldest_pending_age_seconds}: how long the oldest of them has waited;
 *   <li>{@code attain_outbox_longest_overdue_seconds}: how long the earliest due one has been due
 *       with no dispatcher taking it (readiness watches it);
 *   <li>{@code attain_outbox_sent_total}, {@code attain_outbox_failed_total}: emails sent, and
 *       sends that failed and were rescheduled, by this instance;
 *   <li>{@code attain_outbox_failed_rounds_total}: dispatch rounds that ended in an error.
 * </ul>
 *
 * The gauges share one small query of the store (a count and two minimums along an index), read at
 * most once a second ({@link OutboxWatch}); a store that cannot be read shows {@code NaN}.
 */
@Startup
@Singleton
public class OutboxMonitoring {

  private static final Logger LOG = Logger.getLogger(OutboxMonitoring.class);

  private final OutboxWatch watch;
  private final Counter sent;
  private final Counter failed;
  private final Counter failedRounds;

  OutboxMonitoring(
      UseCases useCases, ProgrammeClock clock, AttainConfig config, MeterRegistry registry) {
    DispatchOutbox dispatcher = useCases.dispatchOutbox();
    this.watch = new OutboxWatch(dispatcher::backlog, clock, config.outbox().stuckAfter());
    gauge(registry, "attain.outbox.pending", null, "Emails not sent yet", b -> b.pending());
    gauge(
        registry,
        "attain.outbox.oldest.pending.age",
        "seconds",
        "How long the oldest email not sent yet has waited since it was enqueued",
        b -> seconds(b.oldestPendingAge()));
    gauge(
        registry,
        "attain.outbox.longest.overdue",
        "seconds",
        "How long the earliest due email has been due with no dispatcher taking it",
        b -> seconds(b.longestOverdue()));
    this.sent =
        Counter.builder("attain.outbox.sent")
            .description("Emails delivered and marked sent")
            .register(registry);
    this.failed =
        Counter.builder("attain.outbox.failed")
            .description("Sends refused, unreachable or timed out, and rescheduled")
            .register(registry);
    this.failedRounds =
        Counter.builder("attain.outbox.failed.rounds")
            .description("Dispatch rounds that ended in an error")
            .register(registry);
  }

  /** The dispatcher whose rounds the counters and the readiness check see. */
  DispatchOutbox metered(DispatchOutbox dispatcher) {
    return new MeteredDispatchOutbox(dispatcher, watch, sent, failed, failedRounds);
  }

  OutboxWatch watch() {
    return watch;
  }

  private void gauge(
      MeterRegistry registry,
      String name,
      String unit,
      String description,
      ToDoubleFunction<DispatchOutbox.Backlog> value) {
    Gauge.builder(name, watch, w -> read(w, value))
        .baseUnit(unit)
        .description(description)
        .strongReference(true)
        .register(registry);
  }

  private static double read(OutboxWatch watch, ToDoubleFunction<DispatchOutbox.Backlog> value) {
    try {
      return value.applyAsDouble(watch.backlog());
    } catch (RuntimeException unreadable) {
      LOG.debugf(unreadable, "outbox backlog unreadable");
      return Double.NaN;
    }
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
