package org.attain.bootstrap;

import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import org.attain.application.port.in.DispatchOutbox;

/**
 * The application's dispatcher, counted: every round's sent and failed emails go to their counters,
 * a round that ends tells the {@link OutboxWatch}, and one that throws (the database unreachable,
 * say) is counted as a failed round before the error goes on to the caller.
 */
final class MeteredDispatchOutbox implements DispatchOutbox {

  private final DispatchOutbox dispatcher;
  private final OutboxWatch watch;
  private final Counter sent;
  private final Counter failed;
  private final Counter failedRounds;

  MeteredDispatchOutbox(
      DispatchOutbox dispatcher,
      OutboxWatch watch,
      Counter sent,
      Counter failed,
      Counter failedRounds) {
    this.dispatcher = dispatcher;
    this.watch = watch;
    this.sent = sent;
    this.failed = failed;
    this.failedRounds = failedRounds;
  }

  @Override
  public Dispatched dispatchDue() {
    Dispatched round;
    try {
      round = dispatcher.dispatchDue();
    } catch (RuntimeException | Error failure) {
      failedRounds.increment();
      throw failure;
    }
    sent.increment(round.sent());
    failed.increment(round.failed());
    watch.roundEnded();
    return round;
  }

  @Override
  public boolean stop(Duration grace) {
    return dispatcher.stop(grace);
  }

  @Override
  public Backlog backlog() {
    return dispatcher.backlog();
  }
}
