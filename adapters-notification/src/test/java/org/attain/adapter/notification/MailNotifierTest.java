package org.attain.adapter.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.Notifier;
import org.attain.domain.shared.EmailAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MailNotifierTest {

  @Inject Notifier notifier;
  @Inject MockMailbox mailbox;

  @BeforeEach
  void emptyMailbox() {
    mailbox.clear();
  }

  @Test
  void sendsOneEmailPerRecipientWithHtmlAndTextParts() {
    notifier.send(
        new Notification(
            List.of(
                new EmailAddress("ana@partner.example"), new EmailAddress("bo@partner.example")),
            "Renewal at risk",
            "A recent change put your renewal at risk.",
            List.of("Ana Silva left the organization <on 2026-11-27>")));

    assertThat(mailbox.getTotalMessagesSent()).isEqualTo(2);
    var mail = mailbox.getMailsSentTo("ana@partner.example").getFirst();
    assertThat(mail.getSubject()).isEqualTo("Renewal at risk");
    assertThat(mail.getTo()).containsExactly("ana@partner.example");
    assertThat(mail.getText())
        .contains("A recent change put your renewal at risk.")
        .contains("- Ana Silva left the organization <on 2026-11-27>");
    assertThat(mail.getHtml())
        .contains("<h1 style=\"font-size: 1.2em\">A recent change put your renewal at risk.</h1>")
        .as("HTML escapes the details")
        .contains("left the organization &lt;on 2026-11-27&gt;");
    assertThat(mailbox.getMailsSentTo("bo@partner.example")).hasSize(1);
  }
}
