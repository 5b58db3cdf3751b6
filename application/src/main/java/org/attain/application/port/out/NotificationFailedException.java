package org.attain.application.port.out;

/** A notifier could not deliver a notification now (server down, address refused...). */
public class NotificationFailedException extends RuntimeException {

  public NotificationFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
