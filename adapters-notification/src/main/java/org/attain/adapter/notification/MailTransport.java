package org.attain.adapter.notification;

/** Carries one email to the mail server, or only logs it (the mailer's mock mode). */
interface MailTransport {

  /**
   * Sends {@code email}, blocking until the server accepted it.
   *
   * @throws RuntimeException when it could not be sent now (refused, unreachable, timed out)
   */
  void send(Email email);
}
