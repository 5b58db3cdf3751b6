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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.NotificationFailedException;
import org.attain.application.port.out.Notifier;
import org.attain.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

/** The mail notifier against a real SMTP server in the test JVM. */
@QuarkusTest
@WithTestResource(LoopbackSmtpResource.class)
class MailNotifierTest extends NotifierContract {

  @Inject Notifier notifier;
  LoopbackSmtpResource smtp;

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
      assertThatThrownBy(() -> notifier.send(renewalAtRisk(ana)))
          .isInstanceOf(NotificationFailedException.class);
      // The send timeout is 15 s in tests (the idle timeout 10 s): the send gave up, not hung.
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(9))
          .isLessThan(Duration.ofSeconds(30));
    } finally {
      smtp.endSilence();
    }

    notifier.send(renewalAtRisk(ana));

    assertThat(mailTo(ana)).hasSize(1);
  }

  @Test
  void aDeliveryKeyGivesEveryAttemptTheSameMessageIdDerivedFromIt() throws MessagingException {
    String key = "alert-" + UUID.randomUUID() + ":" + ana;

    notifier.send(renewalAtRisk(ana), key);
    notifier.send(renewalAtRisk(ana), key);
    notifier.send(renewalAtRisk(ana), key + "-other");

    List<String> ids = new ArrayList<>();
    for (MimeMessage mail : mailTo(ana)) {
      ids.add(mail.getMessageID());
    }
    String expected = "<" + sha256Hex(key) + "@attain.invalid>";
    assertThat(ids).hasSize(3);
    assertThat(ids.subList(0, 2)).containsOnly(expected);
    assertThat(ids.get(2)).isNotEqualTo(expected).endsWith("@attain.invalid>");
  }

  @Test
  void withoutADeliveryKeyEachEmailGetsAMessageIdOfItsOwn() throws MessagingException {
    notifier.send(renewalAtRisk(ana));
    notifier.send(renewalAtRisk(ana));

    List<MimeMessage> mails = mailTo(ana);
    assertThat(mails).hasSize(2);
    assertThat(mails.get(0).getMessageID()).isNotBlank().isNotEqualTo(mails.get(1).getMessageID());
  }

  @Test
  void eachRecipientOfOneDeliveryGetsAMessageIdOfTheirOwn() throws MessagingException {
    notifier.send(renewalAtRisk(ana, bo), "alert-" + UUID.randomUUID());

    assertThat(mailTo(ana).getFirst().getMessageID())
        .isNotEqualTo(mailTo(bo).getFirst().getMessageID());
  }

  @Test
  void eachRecipientGetsAMessageAddressedToThemAlone() throws MessagingException {
    notifier.send(renewalAtRisk(ana, bo));

    assertThat(mailTo(ana)).hasSize(1);
    assertThat(mailTo(bo)).hasSize(1);
    for (String admin : List.of(ana, bo)) {
      MimeMessage mail = mailTo(admin).getFirst();
      assertThat(addresses(mail.getRecipients(RecipientType.TO))).containsExactly(admin);
      assertThat(addresses(mail.getRecipients(RecipientType.CC))).isEmpty();
      assertThat(addresses(mail.getFrom())).containsExactly("attain@test.invalid");
    }
  }

  @Test
  void bothPartsOpenWithTheHeadlineFollowedByEveryDetail() {
    notifier.send(renewalAtRisk(ana));

    MimeMessage mail = mailTo(ana).getFirst();
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
  void aKeyPersonWarningIsLaidOutByItsOwnTemplatesWithTheOptOut() {
    String headline = "Your Silver membership rests on one person, Ana Silva: if they left, ...";
    notifier.send(
        new Notification(
            List.of(new EmailAddress(ana)),
            "Silver membership rests on one person: Contoso",
            headline,
            List.of("Key person: Ana Silva."),
            Notification.Kind.KEY_PERSON));

    MimeMessage mail = mailTo(ana).getFirst();
    String text = part(mail, "text/plain");
    assertThat(text.strip()).startsWith(headline);
    assertThat(text)
        .contains("- Key person: Ana Silva.", "Nothing is lost yet", "turn this warning off");
    assertThat(part(mail, "text/html"))
        .contains(
            "<li>Key person: Ana Silva.</li>", "Nothing is lost yet", "turn this warning off");
  }

  @Test
  void theHtmlPartEscapesWhatTheTextPartShowsAsIs() {
    notifier.send(
        new Notification(
            List.of(new EmailAddress(ana)),
            "Renewal <at risk> & more",
            HEADLINE,
            List.of("Ana Silva left <script>alert(1)</script> & co")));

    MimeMessage mail = mailTo(ana).getFirst();
    assertThat(subject(mail)).isEqualTo("Renewal <at risk> & more");
    assertThat(part(mail, "text/plain"))
        .contains("- Ana Silva left <script>alert(1)</script> & co");
    assertThat(part(mail, "text/html"))
        .contains("<title>Renewal &lt;at risk&gt; &amp; more</title>")
        .contains("<li>Ana Silva left &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</li>")
        .doesNotContain("<script>");
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
