package org.attain.adapter.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** The Quarkus mailer, used in its mock mode ({@code quarkus.mailer.mock=true}): it only logs. */
final class MailerTransport implements MailTransport {

  private final Mailer mailer;

  MailerTransport(Mailer mailer) {
    this.mailer = mailer;
  }

  @Override
  public void send(Email email) {
    Mail mail = Mail.withHtml(email.to(), email.subject(), email.html()).setText(email.text());
    email.messageId().ifPresent(id -> mail.addHeader("Message-ID", id));
    mailer.send(mail);
  }
}
