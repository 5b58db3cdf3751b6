package org.attain.adapter.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.NotificationFailedException;
import org.attain.application.port.out.Notifier;
import org.attain.domain.shared.EmailAddress;

/** Delivers each notification as one email per recipient, with an HTML and a plain-text part. */
@ApplicationScoped
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
        throw new NotificationFailedException("could not email " + recipient, e);
      }
    }
  }
}
