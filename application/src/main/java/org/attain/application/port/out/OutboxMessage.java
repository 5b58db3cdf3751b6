package org.attain.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.attain.domain.risk.AlertId;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.Guard;

/**
 * One email to send for an alert to one recipient, written in the same unit of work as the alert (a
 * transactional outbox). Its idempotency key, the alert and the recipient, makes it unique: the
 * same alert never mails the same person twice.
 *
 * @param attempts how many sends failed so far
 * @param nextAttemptAt when it is due (again)
 * @param lastError why the last attempt failed, {@code null} if none did
 * @param sentAt when it was sent, {@code null} while pending
 */
public record OutboxMessage(
    OutboxMessageId id,
    String idempotencyKey,
    AlertId alert,
    Notification notification,
    OutboxStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant sentAt) {

  public static final int MAX_ERROR_LENGTH = 1000;

  public OutboxMessage {
    Guard.present(id, "id");
    Guard.present(alert, "alert");
    Guard.present(notification, "notification");
    Guard.check(
        notification.recipients().size() == 1,
        "notification",
        "an outbox message goes to one recipient");
    Guard.check(
        keyOf(alert, notification.recipients().getFirst()).equals(idempotencyKey),
        "idempotencyKey",
        "idempotencyKey must be the alert and the recipient");
    Guard.present(status, "status");
    Guard.check(attempts >= 0, "attempts", "attempts must not be negative");
    Guard.present(nextAttemptAt, "nextAttemptAt");
    Guard.check(
        (status == OutboxStatus.SENT) == (sentAt != null),
        "sentAt",
        "sentAt is given for a sent message, and only for one");
    lastError = lastError == null ? null : truncated(lastError);
  }

  /** A new message due at {@code now}, not yet stored. */
  public static OutboxMessage pending(AlertId alert, Notification notification, Instant now) {
    return new OutboxMessage(
        OutboxMessageId.newId(),
        keyOf(alert, notification.recipients().getFirst()),
        alert,
        notification,
        OutboxStatus.PENDING,
        0,
        now,
        null,
        null);
  }

  public static String keyOf(AlertId alert, EmailAddress recipient) {
    return alert + ":" + recipient;
  }

  public EmailAddress recipient() {
    return notification.recipients().getFirst();
  }

  public Optional<String> error() {
    return Optional.ofNullable(lastError);
  }

  /** This message sent at {@code at}. */
  public OutboxMessage sent(Instant at) {
    return new OutboxMessage(
        id,
        idempotencyKey,
        alert,
        notification,
        OutboxStatus.SENT,
        attempts,
        nextAttemptAt,
        lastError,
        at);
  }

  /** This message after one more failed attempt, due again at {@code next}. */
  public OutboxMessage failed(Instant next, String error) {
    return new OutboxMessage(
        id, idempotencyKey, alert, notification, status, attempts + 1, next, error, sentAt);
  }

  private static String truncated(String error) {
    return error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
  }
}
