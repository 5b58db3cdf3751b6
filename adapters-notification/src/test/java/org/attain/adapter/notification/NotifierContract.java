package org.attain.adapter.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.NotificationFailedException;
import org.attain.application.port.out.Notifier;
import org.attain.domain.shared.EmailAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Notifier} promises, whatever carries the message. The test of each
 * implementation extends it and says how to read and break its transport.
 */
abstract class NotifierContract {

  /**
   * Recipients of this test alone (a new test instance per test method), so that no email another
   * test sent, however late it arrives, is counted here.
   */
  final String ana = unique("ana");

  final String bo = unique("bo");
  static final String SUBJECT = "Renewal at risk: Acme Cloud";
  static final String HEADLINE =
      "A recent change to your competency achievement has put your membership renewal"
          + " eligibility at risk.";
  static final List<String> DETAILS =
      List.of(
          "Cause: Ana Silva left Acme Cloud on 2026-11-27, so Azure Infrastructure is one"
              + " certified person short.",
          "To restore eligibility: associate one more person holding AZ-104.");

  /** What one recipient received: its subject and everything a person can read in it. */
  record Delivery(String subject, String content) {}

  abstract Notifier notifier();

  /** Everything delivered to {@code recipient} since the transport was last emptied. */
  abstract List<Delivery> deliveriesTo(String recipient);

  abstract void emptyTransport();

  /** Makes the transport unreachable (server stopped). */
  abstract void takeTransportDown();

  abstract void bringTransportBack();

  static String unique(String name) {
    return name + "-" + UUID.randomUUID() + "@partner.example";
  }

  static Notification renewalAtRisk(String... recipients) {
    return new Notification(
        Arrays.stream(recipients).map(EmailAddress::new).toList(), SUBJECT, HEADLINE, DETAILS);
  }

  @BeforeEach
  void startWithAnEmptyTransport() {
    emptyTransport();
  }

  @Test
  void deliversExactlyOnceToEveryRecipient() {
    notifier().send(renewalAtRisk(ana, bo));

    assertThat(deliveriesTo(ana)).hasSize(1);
    assertThat(deliveriesTo(bo)).hasSize(1);
    assertThat(deliveriesTo("carla@partner.example")).isEmpty();
  }

  @Test
  void theDeliveryCarriesTheSubjectTheHeadlineAndEveryDetail() {
    notifier().send(renewalAtRisk(ana));

    Delivery delivery = deliveriesTo(ana).getFirst();
    assertThat(delivery.subject()).isEqualTo(SUBJECT);
    assertThat(delivery.content()).contains(HEADLINE).contains(DETAILS);
  }

  @Test
  void aTransportThatIsDownFailsAsNotificationFailed_andDeliversOnceItIsBack() {
    takeTransportDown();
    try {
      assertThatThrownBy(() -> notifier().send(renewalAtRisk(ana)))
          .isInstanceOf(NotificationFailedException.class);
    } finally {
      bringTransportBack();
    }
    assertThat(deliveriesTo(ana)).isEmpty();

    notifier().send(renewalAtRisk(ana));

    assertThat(deliveriesTo(ana)).hasSize(1);
  }
}
