package org.attain.application.service;

import java.time.Instant;
import java.util.List;
import org.attain.application.port.in.DispatchOutbox;
import org.attain.application.port.out.Notifier;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.shared.Guard;

/**
 * R6: sends the outbox's due emails. Each message is claimed, sent and marked in its own unit of
 * work, so a crash loses at most the one in flight (it stays pending and is sent after a restart)
 * and a concurrent dispatcher skips it while it is claimed. A failed send is rescheduled with
 * capped exponential backoff; so is any other failure of the notifier, so that a faulty adapter
 * cannot stop the queue.
 */
public final class DispatchOutboxService implements DispatchOutbox {

  private final Outbox outbox;
  private final Notifier notifier;
  private final UnitOfWork unitOfWork;
  private final ProgrammeClock clock;
  private final Backoff backoff;
  private final int batchSize;

  private enum Outcome {
    NONE_DUE,
    SENT,
    FAILED
  }

  /**
   * @param batchSize how many messages one run handles at most
   */
  public DispatchOutboxService(
      Outbox outbox,
      Notifier notifier,
      UnitOfWork unitOfWork,
      ProgrammeClock clock,
      Backoff backoff,
      int batchSize) {
    Guard.check(batchSize >= 1, "batchSize", "batchSize must be at least 1");
    this.outbox = outbox;
    this.notifier = notifier;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.backoff = Guard.present(backoff, "backoff");
    this.batchSize = batchSize;
  }

  @Override
  public Dispatched dispatchDue() {
    int sent = 0;
    int failed = 0;
    for (int i = 0; i < batchSize; i++) {
      Outcome outcome = unitOfWork.run(this::dispatchOne);
      if (outcome == Outcome.NONE_DUE) {
        break;
      }
      if (outcome == Outcome.SENT) {
        sent++;
      } else {
        failed++;
      }
    }
    return new Dispatched(sent, failed);
  }

  private Outcome dispatchOne() {
    List<OutboxMessage> due = outbox.claimDue(clock.now(), 1);
    if (due.isEmpty()) {
      return Outcome.NONE_DUE;
    }
    OutboxMessage message = due.getFirst();
    try {
      notifier.send(message.notification());
    } catch (RuntimeException failure) {
      Instant failedAt = clock.now();
      outbox.reschedule(
          message.id(), backoff.nextAttempt(failedAt, message.attempts() + 1), failure.toString());
      return Outcome.FAILED;
    }
    outbox.markSent(message.id(), clock.now());
    return Outcome.SENT;
  }
}
