package org.attain.adapter.persistence.risk;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxBacklog;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.port.out.OutboxMessageId;
import org.attain.domain.risk.AlertId;
import org.attain.domain.shared.EmailAddress;
import org.jboss.logging.Logger;

/**
 * The outbox stored in the database, inside the caller's unit of work: the message is kept only if
 * the change that raised its alert is. Messages are read as entities and written by statements;
 * after an update the store forgets the row it may hold, so a later read in the same unit of work
 * sees the change.
 */
@ApplicationScoped
public class PanacheOutbox implements Outbox {

  private static final Logger LOG = Logger.getLogger(PanacheOutbox.class);

  private final OutboxMessageRepository repository;

  PanacheOutbox(OutboxMessageRepository repository) {
    this.repository = repository;
  }

  @Override
  public boolean enqueue(OutboxMessage message) {
    OutboxMessageEntity row = new OutboxMessageEntity();
    row.id = message.id().value();
    row.idempotencyKey = message.idempotencyKey();
    row.alertId = message.alert().value();
    row.recipient = message.recipient().value();
    row.subject = message.notification().subject();
    row.headline = message.notification().headline();
    row.details = AlertLinesJson.sentences(message.notification().details());
    row.kind = message.notification().kind();
    row.status = message.status();
    row.attempts = message.attempts();
    row.nextAttemptAt = message.nextAttemptAt();
    row.lastError = message.lastError();
    row.sentAt = message.sentAt();
    return repository.insert(row);
  }

  @Override
  public List<OutboxMessage> claimDue(Instant now, int limit, Instant leasedUntil) {
    List<OutboxMessage> claimed = new ArrayList<>();
    for (OutboxMessageEntity row : repository.claimDue(now, limit)) {
      try {
        claimed.add(toDomain(row));
      } catch (RuntimeException unreadable) {
        setAside(row, leasedUntil, unreadable);
      }
    }
    repository.lease(claimed.stream().map(m -> m.id().value()).toList(), leasedUntil);
    claimed.forEach(m -> forgetLoaded(m.id()));
    return claimed;
  }

  /**
   * A row that no longer reads as a message (written by hand, or by a version that checked less)
   * waits until the lease ends, with its error, instead of failing every round for every email.
   */
  private void setAside(OutboxMessageEntity row, Instant until, RuntimeException unreadable) {
    LOG.warnf(
        "outbox message %s cannot be read and is set aside until %s: %s",
        row.id, until, unreadable);
    repository.reschedule(row.id, until, truncated("unreadable: " + unreadable));
  }

  @Override
  public OutboxBacklog backlog(Instant now) {
    Object[] row = repository.backlog(now);
    return new OutboxBacklog(((Number) row[0]).longValue(), instant(row[1]), instant(row[2]));
  }

  /** A timestamp as the JDBC driver returns it from a native query. */
  private static Instant instant(Object value) {
    return switch (value) {
      case null -> null;
      case Instant instant -> instant;
      case java.time.OffsetDateTime offset -> offset.toInstant();
      case java.time.ZonedDateTime zoned -> zoned.toInstant();
      case java.sql.Timestamp timestamp -> timestamp.toInstant();
      default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    };
  }

  @Override
  public void markSent(OutboxMessageId id, Instant sentAt) {
    if (!repository.markSent(id.value(), sentAt)) {
      throw notPending(id);
    }
    forgetLoaded(id);
  }

  @Override
  public void reschedule(OutboxMessageId id, Instant nextAttemptAt, String error) {
    if (!repository.reschedule(id.value(), nextAttemptAt, truncated(error))) {
      throw notPending(id);
    }
    forgetLoaded(id);
  }

  @Override
  public void release(List<OutboxMessageId> ids, Instant dueAt) {
    repository.lease(ids.stream().map(OutboxMessageId::value).toList(), dueAt);
    ids.forEach(this::forgetLoaded);
  }

  @Override
  public Optional<OutboxMessage> findByKey(String idempotencyKey) {
    return repository.findByKey(idempotencyKey).map(PanacheOutbox::toDomain);
  }

  @Override
  public List<OutboxMessage> ofAlert(AlertId alert) {
    return repository.ofAlert(alert.value()).stream().map(PanacheOutbox::toDomain).toList();
  }

  /** An update statement bypasses the loaded entity: drop it so the next read is fresh. */
  private void forgetLoaded(OutboxMessageId id) {
    var entityManager = repository.getEntityManager();
    entityManager.detach(entityManager.getReference(OutboxMessageEntity.class, id.value()));
  }

  private static ConflictException notPending(OutboxMessageId id) {
    return new ConflictException("outbox-message-not-pending", "message " + id + " is not pending");
  }

  private static String truncated(String error) {
    return error != null && error.length() > OutboxMessage.MAX_ERROR_LENGTH
        ? error.substring(0, OutboxMessage.MAX_ERROR_LENGTH)
        : error;
  }

  private static OutboxMessage toDomain(OutboxMessageEntity row) {
    return new OutboxMessage(
        new OutboxMessageId(row.id),
        row.idempotencyKey,
        new AlertId(row.alertId),
        new Notification(
            List.of(new EmailAddress(row.recipient)),
            row.subject,
            row.headline,
            AlertLinesJson.sentences(row.details),
            row.kind),
        row.status,
        row.attempts,
        row.nextAttemptAt,
        row.lastError,
        row.sentAt);
  }
}
