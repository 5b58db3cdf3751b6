package org.attain.application.port.out;

/** Delivers notifications to people (by email, or however an adapter chooses). */
public interface Notifier {

  /**
   * Delivers {@code notification} to each of its recipients.
   *
   * @throws NotificationFailedException when it could not be delivered now; the caller may retry
   */
  void send(Notification notification);

  /**
   * Delivers {@code notification} as the delivery named {@code deliveryKey}: every attempt of the
   * same delivery carries the same key, so that a receiver can recognise a resend (the mail
   * notifier derives each email's {@code Message-ID} from it). By default the key is not passed on.
   *
   * @throws NotificationFailedException when it could not be delivered now; the caller may retry
   */
  default void send(Notification notification, String deliveryKey) {
    send(notification);
  }
}
