package org.attain.bootstrap.support;

import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.associate;
import static org.attain.bootstrap.support.Api.createPerson;
import static org.attain.bootstrap.support.Api.recordExam;
import static org.attain.bootstrap.support.Api.unique;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.port.out.OutboxStatus;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.risk.AlertId;
import org.attain.domain.shared.EmailAddress;

/**
 * Emails for the outbox's fault tests: one real renewal-at-risk alert raised over HTTP (a Silver
 * member's only certified person leaves), then as many emails of that alert as a test needs,
 * enqueued at once through the application's outbox port in one unit of work, as the use case does
 * for an alert's admins.
 */
public final class OutboxLoad {

  private final AdjustableClock clock;
  private final Outbox outbox;
  private final UnitOfWork unitOfWork;

  public OutboxLoad(AdjustableClock clock, Outbox outbox, UnitOfWork unitOfWork) {
    this.clock = clock;
    this.outbox = outbox;
    this.unitOfWork = unitOfWork;
  }

  /** A renewal-at-risk alert, raised by the real use cases. */
  public AlertId alert() {
    UUID organization = Api.createOrganization(unique("Faulty"));
    // It rests on one person: only the renewal-at-risk alert's emails are wanted here.
    Api.optOutOfKeyPersonWarning(organization);
    UUID person = createPerson(unique("Member"));
    recordExam(person, "70-533");
    associate(person, organization).statusCode(200);
    Api.reportAzureConsumption(organization, clock.today(), "15000.00");
    as(DevTokens.partnerAdmin(organization))
        .body(Map.of("level", "SILVER"))
        .post(BASE + "/organizations/{id}/membership/purchases", organization)
        .then()
        .statusCode(201);
    clock.advance(Period.ofDays(1));
    Api.leave(person).statusCode(200);
    String alert =
        as(DevTokens.partnerAdmin(organization))
            .get(BASE + "/organizations/{id}/alerts", organization)
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].id");
    return new AlertId(UUID.fromString(alert));
  }

  /** {@code count} distinct recipients named after {@code prefix}. */
  public static List<String> recipients(String prefix, int count) {
    String run = unique(prefix);
    return IntStream.range(0, count).mapToObj(i -> run + "-" + i + "@faults.example").toList();
  }

  /** Enqueues one email of {@code alert} to each recipient in one unit of work; returns when. */
  public Instant enqueue(AlertId alert, List<String> recipients) {
    return unitOfWork.run(
        () -> {
          Instant now = clock.now();
          for (String recipient : recipients) {
            outbox.enqueue(
                OutboxMessage.pending(
                    alert,
                    new Notification(
                        List.of(new EmailAddress(recipient)),
                        "Renewal at risk",
                        "A recent change to your competency achievement has put your membership"
                            + " renewal eligibility at risk.",
                        List.of("A fault test email.")),
                    now));
          }
          return Instant.now();
        });
  }

  /** The outbox's record of the email of {@code alert} to {@code recipient}. */
  public OutboxMessage message(AlertId alert, String recipient) {
    return unitOfWork
        .read(() -> outbox.findByKey(OutboxMessage.keyOf(alert, new EmailAddress(recipient))))
        .orElseThrow();
  }

  /** Whether every email of {@code alert} is sent. */
  public boolean allSent(AlertId alert) {
    return unitOfWork.read(
        () ->
            outbox.ofAlert(alert).stream()
                .allMatch(message -> message.status() == OutboxStatus.SENT));
  }

  /** The Message-ID the service gives the email of {@code alert} to {@code recipient}. */
  public static String messageId(AlertId alert, String recipient) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  OutboxMessage.keyOf(alert, new EmailAddress(recipient))
                      .getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(digest) + "@attain.invalid>";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
