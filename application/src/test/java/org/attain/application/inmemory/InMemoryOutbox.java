package org.attain.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxBacklog;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.port.out.OutboxMessageId;
import org.attain.application.port.out.OutboxStatus;
import org.attain.domain.risk.AlertId;

/**
 * The outbox as a map in the order enqueued. Units of work run one at a time here, so claiming
 * needs no lock (a database's does, {@code FOR UPDATE SKIP LOCKED}); a claim leases the messages by
 * moving their {@code nextAttemptAt}, as the database does.
 */
public final class InMemoryOutbox implements Outbox, Snapshotting {

  private final Map<OutboxMessageId, OutboxMessage> stored = new LinkedHashMap<>();
  private final Map<OutboxMessageId, Instant> enqueuedAt = new LinkedHashMap<>();

  @Override
  public synchronized boolean enqueue(OutboxMessage message) {
    if (findByKey(message.idempotencyKey()).isPresent()) {
      return false;
    }
    stored.put(message.id(), message);
    enqueuedAt.put(message.id(), message.nextAttemptAt());
    return true;
  }

  @Override
  public synchronized List<OutboxMessage> claimDue(Instant now, int limit, Instant leasedUntil) {
    List<OutboxMessage> claimed =
        stored.values().stream()
            .filter(m -> m.status() == OutboxStatus.PENDING && !m.nextAttemptAt().isAfter(now))
            .sorted(Comparator.comparing(OutboxMessage::nextAttemptAt))
            .limit(limit)
            .toList();
    claimed.forEach(m -> stored.put(m.id(), leased(m, leasedUntil)));
    return claimed;
  }

  @Override
  public synchronized OutboxBacklog backlog(Instant now) {
    List<OutboxMessage> pending =
        stored.values().stream().filter(m -> m.status() == OutboxStatus.PENDING).toList();
    return new OutboxBacklog(
        pending.size(),
        pending.stream()
            .map(m -> enqueuedAt.get(m.id()))
            .min(Comparator.naturalOrder())
            .orElse(null),
        pending.stream()
            .map(OutboxMessage::nextAttemptAt)
            .filter(due -> !due.isAfter(now))
            .min(Comparator.naturalOrder())
            .orElse(null));
  }

  private static OutboxMessage leased(OutboxMessage m, Instant until) {
    return new OutboxMessage(
        m.id(),
        m.idempotencyKey(),
        m.alert(),
        m.notification(),
        m.status(),
        m.attempts(),
        until,
        m.lastError(),
        m.sentAt());
  }

  @Override
  public synchronized void markSent(OutboxMessageId id, Instant sentAt) {
    stored.put(id, pending(id).sent(sentAt));
  }

  @Override
  public synchronized void reschedule(OutboxMessageId id, Instant nextAttemptAt, String error) {
    stored.put(id, pending(id).failed(nextAttemptAt, error));
  }

  @Override
  public synchronized void release(List<OutboxMessageId> ids, Instant dueAt) {
    ids.stream()
        .map(stored::get)
        .filter(m -> m != null && m.status() == OutboxStatus.PENDING)
        .forEach(m -> stored.put(m.id(), leased(m, dueAt)));
  }

  @Override
  public synchronized Optional<OutboxMessage> findByKey(String idempotencyKey) {
    return stored.values().stream()
        .filter(m -> m.idempotencyKey().equals(idempotencyKey))
        .findFirst();
  }

  @Override
  public synchronized List<OutboxMessage> ofAlert(AlertId alert) {
    return stored.values().stream().filter(m -> m.alert().equals(alert)).toList();
  }

  /** Every message, in the order enqueued, for tests. */
  public synchronized List<OutboxMessage> all() {
    return List.copyOf(stored.values());
  }

  private OutboxMessage pending(OutboxMessageId id) {
    OutboxMessage message = stored.get(id);
    if (message == null || message.status() != OutboxStatus.PENDING) {
      throw new ConflictException(
          "outbox-message-not-pending", "message " + id + " is not pending");
    }
    return message;
  }

  @Override
  public synchronized Runnable snapshot() {
    Map<OutboxMessageId, OutboxMessage> copy = new LinkedHashMap<>(stored);
    Map<OutboxMessageId, Instant> enqueuedCopy = new LinkedHashMap<>(enqueuedAt);
    return () -> {
      synchronized (this) {
        stored.clear();
        stored.putAll(copy);
        enqueuedAt.clear();
        enqueuedAt.putAll(enqueuedCopy);
      }
    };
  }
}
