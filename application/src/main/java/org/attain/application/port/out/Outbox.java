package org.attain.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attain.domain.risk.AlertId;

/**
 * The transactional outbox of emails (R6): written in the unit of work of the change that raised
 * the alert, read by the dispatcher. Every method runs inside the caller's unit of work.
 */
public interface Outbox {

  /**
   * Adds a pending message unless one with its idempotency key is stored already (sent or not). A
   * pending message counts as enqueued at its {@code nextAttemptAt}.
   *
   * @return whether it was added
   */
  boolean enqueue(OutboxMessage message);

  /**
   * Claims up to {@code limit} pending messages due at {@code now}, earliest due first, and leases
   * them: each is due again only at {@code leasedUntil}, so that once the caller's unit of work
   * commits no other dispatcher claims it before then, and one that died holding the lease leaves
   * the message to the next after it. A database also locks the rows while the claim runs ({@code
   * SELECT ... FOR UPDATE SKIP LOCKED}): a concurrent claim skips them.
   *
   * @return the claimed messages as they were before the lease
   */
  List<OutboxMessage> claimDue(Instant now, int limit, Instant leasedUntil);

  /**
   * Marks a pending message sent.
   *
   * @throws org.attain.application.error.ConflictException when it is not pending (any more)
   */
  void markSent(OutboxMessageId id, Instant sentAt);

  /**
   * Records a failed attempt of a pending message: one more attempt, its error, due again at {@code
   * nextAttemptAt}.
   *
   * @throws org.attain.application.error.ConflictException when it is not pending (any more)
   */
  void reschedule(OutboxMessageId id, Instant nextAttemptAt, String error);

  /**
   * Ends the lease of pending messages the caller claimed and will not send (its dispatcher is
   * stopping): each is due again at {@code dueAt}, with no attempt counted. A message no longer
   * pending is left as it is.
   */
  void release(List<OutboxMessageId> ids, Instant dueAt);

  Optional<OutboxMessage> findByKey(String idempotencyKey);

  /** The messages of one alert, in the order enqueued. */
  List<OutboxMessage> ofAlert(AlertId alert);

  /** What is still to send at {@code now}, for monitoring. */
  OutboxBacklog backlog(Instant now);
}
