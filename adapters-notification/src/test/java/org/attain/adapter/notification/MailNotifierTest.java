package org.attain.adapter.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.NotificationFailedException;
import org.attain.application.port.out.Notifier;
import org.attain.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

/** The mail notifier against a real SMTP server in the test JVM. */
@QuarkusTest
@WithTestResource(GreenMailSmtp.class)
class MailNotifierTest extends NotifierContract {

  @Inject Notifier notifier;
  GreenMailSmtp smtp;

  @Override
  Notifier notifier() {
    return notifier;
  }

  @Override
  List<Delivery> deliveriesTo(String recipient) {
    return mailTo(recipient).stream()
        .map(
            mail -> new Delivery(subject(mail), part(mail, "text/plain") + part(mail, "text/html")))
        .toList();
  }

  @Override
  void emptyTransport() {
    smtp.purge();
  }

  @Override
  void takeTransportDown() {
    smtp.shutDown();
  }

  @Override
  void bringTransportBack() {
    smtp.restart();
  }

  @Test
  void configurationChoosesTheMailNotifier() {
    assertThat(notifier).isInstanceOf(MailNotifier.class);
  }

  @Test
  void aServerThatNeverAnswersFailsTheSendWithinTheTimeout_andTheNextSendDelivers() {
    smtp.fallSilent();
    try {
      long start = System.nanoTime();
      assertThatThrownBy(() -> notifier.send(renewalAtRisk(ANA)))
          .isInstanceOf(NotificationFailedException.class);
      // quarkus.mailer.timeout is 10s in tests: the send gave up rather than hanging.
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    } finally {
      smtp.endSilence();
    }

    notifier.send(renewalAtRisk(ANA));

    assertThat(mailTo(ANA)).hasSize(1);
  }

  @Test
  void eachRecipientGetsAMessageAddressedToThemAlone() throws MessagingException {
    notifier.send(renewalAtRisk(ANA, BO));

    assertThat(smtp.received()).hasSize(2);
    for (String admin : List.of(ANA, BO)) {
      MimeMessage mail = mailTo(admin).getFirst();
      assertThat(addresses(mail.getRecipients(RecipientType.TO))).containsExactly(admin);
      assertThat(addresses(mail.getRecipients(RecipientType.CC))).isEmpty();
      assertThat(addresses(mail.getFrom())).containsExactly("attain@test.invalid");
    }
  }

  @Test
  void bothPartsOpenWithTheHeadlineFollowedByEveryDetail() {
    notifier.send(renewalAtRisk(ANA));

    MimeMessage mail = mailTo(ANA).getFirst();
    String text = part(mail, "text/plain");
    assertThat(text.strip()).startsWith(HEADLINE);
    assertThat(text).contains("- " + DETAILS.get(0), "- " + DETAILS.get(1));
    assertThat(text.indexOf(DETAILS.get(0))).isLessThan(text.indexOf(DETAILS.get(1)));
    String html = part(mail, "text/html");
    assertThat(html).contains("<h1 style=\"font-size: 1.2em\">" + HEADLINE + "</h1>");
    assertThat(html.indexOf(HEADLINE)).isLessThan(html.indexOf("<li>" + DETAILS.get(0)));
    assertThat(html.indexOf(DETAILS.get(0))).isLessThan(html.indexOf(DETAILS.get(1)));
  }

  @Test
  void theHtmlPartEscapesWhatTheTextPartShowsAsIs() {
    notifier.send(
        new Notification(
            List.of(new EmailAddress(ANA)),
            "Renewal <at risk> & more",
            HEADLINE,
            List.of("Ana Silva left <script>alert(1)</script> & co")));

    MimeMessage mail = mailTo(ANA).getFirst();
    assertThat(subject(mail)).isEqualTo("Renewal <at risk> & more");
    assertThat(part(mail, "text/plain"))
        .contains("- Ana Silva left <script>alert(1)</script> & co");
    assertThat(part(mail, "text/html"))
        .contains("<title>Renewal &lt;at risk&gt; &amp; more</title>")
        .contains("<li>Ana Silva left &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</li>")
        .doesNotContain("<script>");
  }

  private List<MimeMessage> mailTo(String recipient) {
    return smtp.received().stream().filter(mail -> addressedTo(mail, recipient)).toList();
  }

  private static boolean addressedTo(MimeMessage mail, String recipient) {
    try {
      return addresses(mail.getAllRecipients()).contains(recipient);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> addresses(Address[] addresses) {
    return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of the first part of {@code mimeType}, looking inside multiparts. */
  private static String part(Part mail, String mimeType) {
    return find(mail, mimeType)
        .orElseThrow(() -> new AssertionError("the mail has no " + mimeType + " part"));
  }

  private static Optional<String> find(Part part, String mimeType) {
    try {
      if (part.isMimeType(mimeType)) {
        return Optional.of(part.getContent().toString());
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          Optional<String> found = find(multipart.getBodyPart(i), mimeType);
          if (found.isPresent()) {
            return found;
          }
        }
      }
      return Optional.empty();
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
