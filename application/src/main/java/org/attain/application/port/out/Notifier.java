package org.attain.application.port.out;

/** Delivers notifications to people (by email, or however an adapter chooses). */
public interface Notifier {

  /**
   * Delivers {@code notification} to each of its recipients.
   *
   * @throws NotificationFailedException when it could not be delivered now; the caller may retry
   */
  void send(Notification notification);
}
