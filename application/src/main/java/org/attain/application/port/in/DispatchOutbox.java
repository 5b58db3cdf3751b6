package org.attain.application.port.in;

import java.time.Duration;

/**
 * R6: sends the outbox's due emails, as the scheduler asks every poll. Run by any number of
 * instances at once: none sends a message another has claimed while its lease holds.
 */
public interface DispatchOutbox {

  /** Sends what is due now, up to the batch size. */
  Dispatched dispatchDue();

  /**
   * Stops dispatching, as the service shuts down: no round starts any more, a round under way
   * starts no new send, and what it claimed but did not send is due again at once, for another
   * instance or the next start. Waits at most {@code grace} for the sends under way to end and be
   * recorded.
   *
   * @return whether every round under way ended within the grace
   */
  boolean stop(Duration grace);

  /** What is still to send, for monitoring. */
  Backlog backlog();

  /**
   * What one run did.
   *
   * @param sent delivered and marked sent
   * @param failed refused, unreachable or timed out, and rescheduled
   */
  record Dispatched(int sent, int failed) {}

  /**
   * What the outbox still holds.
   *
   * @param pending how many emails are not sent yet
   * @param oldestPendingAge how long the oldest of them has waited since it was enqueued
   * @param longestOverdue how long the earliest due one has been due without a dispatcher taking it
   *     (a working dispatcher keeps this under its poll interval and one round)
   */
  record Backlog(long pending, Duration oldestPendingAge, Duration longestOverdue) {}
}
