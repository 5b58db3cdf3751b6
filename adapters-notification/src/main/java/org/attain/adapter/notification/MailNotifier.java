package org.attain.adapter.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.NotificationFailedException;
import org.attain.application.port.out.Notifier;
import org.attain.domain.shared.EmailAddress;

/**
 * Delivers each notification as one email per recipient, with an HTML and a plain-text part, laid
 * out by the templates of its kind (renewal risk, or a key-person warning).
 *
 * <p>Each recipient gets a message of their own, so no admin sees another's address. A delivery
 * with a key (an outbox message's idempotency key) gets a stable {@code Message-ID}, {@code
 * <sha256-hex@domain>} of the key (and of the recipient when there are several), so that a resend
 * after a crash carries the same one and receivers can recognise it. The send blocks for at most
 * the transport's timeout; call it from a worker thread (the outbox dispatcher), never from an
 * event loop.
 */
public class MailNotifier implements Notifier {

  private final MailTransport transport;
  private final String messageIdDomain;

  MailNotifier(MailTransport transport, String messageIdDomain) {
    this.transport = transport;
    this.messageIdDomain = messageIdDomain;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance notificationHtml(Notification notification);

    static native TemplateInstance notificationText(Notification notification);

    static native TemplateInstance keyPersonHtml(Notification notification);

    static native TemplateInstance keyPersonText(Notification notification);
  }

  @Override
  public void send(Notification notification) {
    deliver(notification, Optional.empty());
  }

  @Override
  public void send(Notification notification, String deliveryKey) {
    deliver(notification, Optional.of(deliveryKey));
  }

  /** The {@code Message-ID} of the email of {@code deliveryKey} to one of {@code recipients}. */
  static String messageId(
      String deliveryKey, EmailAddress recipient, int recipients, String domain) {
    String named = recipients == 1 ? deliveryKey : deliveryKey + "\n" + recipient.value();
    return "<" + sha256Hex(named) + "@" + domain + ">";
  }

  private void deliver(Notification notification, Optional<String> deliveryKey) {
    boolean keyPerson = notification.kind() == Notification.Kind.KEY_PERSON;
    String html =
        (keyPerson
                ? Templates.keyPersonHtml(notification)
                : Templates.notificationHtml(notification))
            .render();
    String text =
        (keyPerson
                ? Templates.keyPersonText(notification)
                : Templates.notificationText(notification))
            .render();
    int recipients = notification.recipients().size();
    for (EmailAddress recipient : notification.recipients()) {
      Optional<String> messageId =
          deliveryKey.map(key -> messageId(key, recipient, recipients, messageIdDomain));
      try {
        transport.send(new Email(recipient.value(), notification.subject(), text, html, messageId));
      } catch (RuntimeException e) {
        // Connection refused, a 4xx/5xx reply or a timeout: all worth a later retry.
        throw new NotificationFailedException("could not email " + recipient, e);
      }
    }
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
