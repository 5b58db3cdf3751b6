package org.attain.adapter.persistence.risk;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.attain.application.port.out.OutboxStatus;
import org.hibernate.query.NativeQuery;

/**
 * The statements on the outbox. Writes are single statements whose row count tells the outcome: an
 * insert that skips a taken idempotency key, and updates of a message only while it is pending. A
 * unique violation would abort a PostgreSQL transaction, so none is ever provoked.
 */
@ApplicationScoped
class OutboxMessageRepository implements PanacheRepositoryBase<OutboxMessageEntity, UUID> {

  /**
   * Both databases accept {@code ON CONFLICT DO NOTHING} (H2 in PostgreSQL mode, without a conflict
   * target). The only unique keys are the id and the idempotency key, and the key is derived from
   * what the id is stored with, so skipping either conflict means "already enqueued".
   */
  private static final String INSERT =
      "insert into outbox_message (id, idempotency_key, alert_id, recipient, subject, headline,"
          + " details, notification_kind, status, attempts, next_attempt_at, last_error, sent_at,"
          + " enqueued_at)"
          + " values (:id, :key, :alert, :recipient, :subject, :headline, :details, :kind,"
          + " :status, :attempts, :nextAttemptAt, :lastError, :sentAt, :nextAttemptAt)"
          + " on conflict do nothing";

  /**
   * Along outbox_message_due_ix. On PostgreSQL only the rows returned are locked, and a concurrent
   * claim skips them. H2 accepts the same statement but locks every row the query reads (all due
   * ones, not only those within the limit): a concurrent claim there finds none until the first
   * unit of work ends. It never hands out a message twice either way, and the claim's unit of work
   * is short: it only leases the rows ({@link #LEASE}) and commits.
   */
  private static final String CLAIM =
      "select * from outbox_message where status = 'PENDING' and next_attempt_at <= :now"
          + " order by next_attempt_at, seq limit :limit for update skip locked";

  /**
   * Moves pending rows' next attempt: to the end of the lease, in the claim's unit of work; back to
   * the claim's time when a stopping dispatcher releases what it did not send.
   */
  private static final String LEASE =
      "update outbox_message set next_attempt_at = :leasedUntil"
          + " where id in (:ids) and status = 'PENDING'";

  /** Along outbox_message_pending_ix: the depth, the oldest enqueued, the earliest due. */
  private static final String BACKLOG =
      "select count(*), min(enqueued_at),"
          + " min(case when next_attempt_at <= :now then next_attempt_at end)"
          + " from outbox_message where status = 'PENDING'";

  boolean insert(OutboxMessageEntity row) {
    return getEntityManager()
            .createNativeQuery(INSERT)
            .unwrap(NativeQuery.class)
            .setParameter("id", row.id)
            .setParameter("key", row.idempotencyKey)
            .setParameter("alert", row.alertId)
            .setParameter("recipient", row.recipient)
            .setParameter("subject", row.subject)
            .setParameter("headline", row.headline)
            .setParameter("details", row.details)
            .setParameter("kind", row.kind.name())
            .setParameter("status", row.status.name())
            .setParameter("attempts", row.attempts)
            .setParameter("nextAttemptAt", row.nextAttemptAt)
            .setParameter("lastError", row.lastError, String.class)
            .setParameter("sentAt", row.sentAt, Instant.class)
            .executeUpdate()
        == 1;
  }

  @SuppressWarnings("unchecked")
  List<OutboxMessageEntity> claimDue(Instant now, int limit) {
    return getEntityManager()
        .createNativeQuery(CLAIM, OutboxMessageEntity.class)
        .setParameter("now", now)
        .setParameter("limit", limit)
        .getResultList();
  }

  void lease(List<UUID> ids, Instant leasedUntil) {
    if (ids.isEmpty()) {
      return;
    }
    getEntityManager()
        .createNativeQuery(LEASE)
        .setParameter("leasedUntil", leasedUntil)
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /** The number of pending messages, the oldest enqueued and the earliest due by {@code now}. */
  Object[] backlog(Instant now) {
    return (Object[])
        getEntityManager().createNativeQuery(BACKLOG).setParameter("now", now).getSingleResult();
  }

  /** Whether the message was pending, and so is sent now. */
  boolean markSent(UUID id, Instant sentAt) {
    return update(
            "status = ?1, sentAt = ?2 where id = ?3 and status = ?4",
            OutboxStatus.SENT,
            sentAt,
            id,
            OutboxStatus.PENDING)
        == 1;
  }

  /** Whether the message was pending, and so has one more failed attempt now. */
  boolean reschedule(UUID id, Instant nextAttemptAt, String error) {
    return update(
            "attempts = attempts + 1, nextAttemptAt = ?1, lastError = ?2"
                + " where id = ?3 and status = ?4",
            nextAttemptAt,
            error,
            id,
            OutboxStatus.PENDING)
        == 1;
  }

  Optional<OutboxMessageEntity> findByKey(String idempotencyKey) {
    return find("idempotencyKey", idempotencyKey).singleResultOptional();
  }

  List<OutboxMessageEntity> ofAlert(UUID alert) {
    return list("alertId = ?1 order by seq", alert);
  }
}
