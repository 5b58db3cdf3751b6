package org.attain.application.port.out;

import java.util.UUID;
import org.attain.domain.shared.Guard;

/** Identifies one message of the outbox. */
public record OutboxMessageId(UUID value) {

  public OutboxMessageId {
    Guard.present(value, "outboxMessageId");
  }

  public static OutboxMessageId newId() {
    return new OutboxMessageId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
