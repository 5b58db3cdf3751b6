package org.attain.application.port.out;

import java.util.List;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.Guard;

/**
 * A message for people of an organization: a subject, a headline and the lines that explain it.
 *
 * @param kind what it is about, so that a notifier can lay each kind out in its own way (the mail
 *     notifier picks its templates by it)
 */
public record Notification(
    List<EmailAddress> recipients,
    String subject,
    String headline,
    List<String> details,
    Kind kind) {

  /** What a notification is about. */
  public enum Kind {
    /** R6: renewal at risk, now or ahead. */
    RENEWAL_RISK,
    /** Issue 13: the membership rests on one key person. */
    KEY_PERSON
  }

  public Notification {
    recipients = List.copyOf(Guard.present(recipients, "recipients"));
    Guard.check(!recipients.isEmpty(), "recipients", "a notification needs a recipient");
    subject = Guard.text(subject, "subject", 200);
    headline = Guard.text(headline, "headline", 500);
    details = List.copyOf(Guard.present(details, "details"));
    Guard.present(kind, "kind");
  }

  /** A notification about renewal risk, the kind every notification was before issue 13. */
  public Notification(
      List<EmailAddress> recipients, String subject, String headline, List<String> details) {
    this(recipients, subject, headline, details, Kind.RENEWAL_RISK);
  }
}
