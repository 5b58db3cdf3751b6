package org.attain.adapter.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.NotificationFailedException;
import org.attain.application.port.out.Notifier;
import org.attain.domain.shared.EmailAddress;

/**
 * Delivers each notification as one email per recipient, with an HTML and a plain-text part.
 *
 * <p>Each recipient gets a message of their own, so no admin sees another's address. The send
 * blocks for at most {@code quarkus.mailer.timeout}; call it from a worker thread (the outbox
 * dispatcher), never from an event loop.
 */
public class MailNotifier implements Notifier {

  private final Mailer mailer;

  public MailNotifier(Mailer mailer) {
    this.mailer = mailer;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance notificationHtml(Notification notification);

    static native TemplateInstance notificationText(Notification notification);
  }

  @Override
  public void send(Notification notification) {
    String html = Templates.notificationHtml(notification).render();
    String text = Templates.notificationText(notification).render();
    for (EmailAddress recipient : notification.recipients()) {
      try {
        mailer.send(Mail.withHtml(recipient.value(), notification.subject(), html).setText(text));
      } catch (RuntimeException e) {
        // Connection refused, a 4xx/5xx reply or the blocking timeout: all worth a later retry.
        throw new NotificationFailedException("could not email " + recipient, e);
      }
    }
  }
}
