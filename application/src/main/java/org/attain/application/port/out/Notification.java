package org.attain.application.port.out;

import java.util.List;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.Guard;

/** A message for people of an organization: a subject, a headline and the lines that explain it. */
public record Notification(
    List<EmailAddress> recipients, String subject, String headline, List<String> details) {

  public Notification {
    recipients = List.copyOf(Guard.present(recipients, "recipients"));
    Guard.check(!recipients.isEmpty(), "recipients", "a notification needs a recipient");
    subject = Guard.text(subject, "subject", 200);
    headline = Guard.text(headline, "headline", 500);
    details = List.copyOf(Guard.present(details, "details"));
  }
}
