package org.attain.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.attain.domain.shared.Guard;

/**
 * What the outbox still has to send at one moment.
 *
 * @param pending how many messages are pending (due, leased to a dispatcher, or waiting for a
 *     retry)
 * @param oldestEnqueuedAt when the oldest pending message was enqueued, {@code null} if none is
 * @param earliestDueAt the earliest {@code nextAttemptAt} among pending messages already due,
 *     {@code null} if none is due
 */
public record OutboxBacklog(long pending, Instant oldestEnqueuedAt, Instant earliestDueAt) {

  public static final OutboxBacklog EMPTY = new OutboxBacklog(0, null, null);

  public OutboxBacklog {
    Guard.check(pending >= 0, "pending", "pending must not be negative");
  }

  /** How long the oldest pending message has waited at {@code now}; zero when none is pending. */
  public Duration oldestPendingAge(Instant now) {
    return ageAt(oldestEnqueuedAt, now);
  }

  /** How long the earliest due message has been due at {@code now}; zero when none is due. */
  public Duration longestOverdue(Instant now) {
    return ageAt(earliestDueAt, now);
  }

  public Optional<Instant> oldestEnqueued() {
    return Optional.ofNullable(oldestEnqueuedAt);
  }

  private static Duration ageAt(Instant since, Instant now) {
    if (since == null || !since.isBefore(now)) {
      return Duration.ZERO;
    }
    return Duration.between(since, now);
  }
}
