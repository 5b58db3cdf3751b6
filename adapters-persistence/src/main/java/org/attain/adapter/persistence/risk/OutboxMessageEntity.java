package org.attain.adapter.persistence.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.OutboxStatus;

/**
 * A stored outbox message (see V13__outbox.sql), read through Hibernate only: it is written by
 * plain statements ({@link OutboxMessageRepository}) that decide by their row counts, so that
 * neither a duplicate key nor a message no longer pending is ever caught as an exception.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessageEntity {

  @Id UUID id;

  @Column(insertable = false, updatable = false)
  Long seq;

  @Column(name = "idempotency_key", nullable = false, length = 300)
  String idempotencyKey;

  @Column(name = "alert_id", nullable = false)
  UUID alertId;

  @Column(nullable = false, length = 254)
  String recipient;

  @Column(nullable = false, length = 200)
  String subject;

  @Column(nullable = false, length = 500)
  String headline;

  /** JSON array of the lines that explain the headline. */
  @Column(nullable = false)
  String details;

  /** Which template the email is laid out with. */
  @Enumerated(EnumType.STRING)
  @Column(name = "notification_kind", nullable = false, length = 32)
  Notification.Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  OutboxStatus status;

  @Column(nullable = false)
  int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  Instant nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  String lastError;

  @Column(name = "sent_at")
  Instant sentAt;
}
