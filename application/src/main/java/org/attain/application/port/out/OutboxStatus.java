package org.attain.application.port.out;

/** Whether an outbox message still has to be sent. */
public enum OutboxStatus {
  PENDING,
  SENT
}
