package org.attain.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.asAgent;
import static org.attain.bootstrap.support.Api.associate;
import static org.attain.bootstrap.support.Api.createPerson;
import static org.attain.bootstrap.support.Api.recordExam;
import static org.attain.bootstrap.support.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attain.application.port.in.DispatchOutbox;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxMessage;
import org.attain.application.port.out.OutboxStatus;
import org.attain.application.port.out.UnitOfWork;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.Api;
import org.attain.bootstrap.support.DevTokens;
import org.attain.bootstrap.support.SmtpServer;
import org.attain.domain.risk.AlertId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * R6 through HTTP, the outbox and a real SMTP server: a person of a Silver organization moves to
 * another one; the old organization gets one open alert and exactly one email per admin, the new
 * one nothing. With the SMTP server down nothing is lost: every email goes out once it is back.
 */
@QuarkusTest
@WithTestResource(value = SmtpServer.class, scope = TestResourceScope.GLOBAL)
class R6RenewalRiskEndToEndTest {

  private static final String HEADLINE =
      "A recent change to your competency achievement has put your membership renewal"
          + " eligibility at risk.";

  /** How long delivery may take on a loaded machine: a round every second, a hung send 10 s. */
  private static final Duration DELIVERY = Duration.ofSeconds(90);

  @Inject AdjustableClock clock;
  @Inject DispatchOutbox dispatcher;
  @Inject Outbox outbox;
  @Inject UnitOfWork unitOfWork;

  private LocalDate started;

  @AfterEach
  void backToTheDayTheTestStarted() {
    SmtpServer.restartIfDown();
    if (started != null) {
      clock.set(started);
    }
  }

  @Test
  void R6_aPersonMovingAwayPutsTheOldOrganizationsRenewalAtRiskWithOneEmailPerAdmin()
      throws Exception {
    started = clock.today();
    List<String> admins =
        List.of(unique("ana") + "@contoso.example", unique("rui") + "@contoso.example");
    SilverMember silver = silverOrganization("Contoso", admins);
    UUID contoso = silver.organization();
    UUID mover = silver.certified();
    String newAdmin = unique("eva") + "@fabrikam.example";
    UUID fabrikam = organization("Fabrikam", List.of(newAdmin));

    clock.advance(Period.ofDays(31));
    associate(mover, fabrikam).statusCode(200);

    alertsOf(contoso)
        .body("items.kind", contains("RENEWAL_AT_RISK"))
        .body("items.status", contains("OPEN"));
    alertsOf(fabrikam).body("items", empty());
    for (String admin : admins) {
      await().atMost(DELIVERY).until(() -> SmtpServer.deliveredTo(admin).size() == 1);
    }
    MimeMessage email = SmtpServer.deliveredTo(admins.getFirst()).getFirst();
    assertThat(textsOf(email)).hasSize(2).allSatisfy(part -> assertThat(part).contains(HEADLINE));
    assertThat(textsOf(email).getFirst()).contains("moved to another organization");

    // Nothing more arrives: further rounds never mail an admin again.
    dispatcher.dispatchDue();
    dispatcher.dispatchDue();
    for (String admin : admins) {
      assertThat(SmtpServer.deliveredTo(admin)).hasSize(1);
    }
    assertThat(SmtpServer.deliveredTo(newAdmin)).isEmpty();
  }

  @Test
  void R6_withTheSmtpServerDownNoEmailIsLostAndEachIsSentOnceItIsBack() {
    started = clock.today();
    List<String> admins = List.of(unique("ivo") + "@northwind.example");
    SilverMember silver = silverOrganization("Northwind", admins);
    UUID northwind = silver.organization();
    UUID leaver = silver.certified();

    SmtpServer.shutDown();
    clock.advance(Period.ofDays(1));
    Api.leave(leaver).statusCode(200);
    String alert =
        alertsOf(northwind)
            .body("items.kind", contains("RENEWAL_AT_RISK"))
            .extract()
            .path("items[0].id");
    // Wait on the event: a send was tried while the server was down, and failed.
    await().atMost(DELIVERY).until(() -> emailsOf(alert).stream().anyMatch(m -> m.attempts() >= 1));
    assertThat(SmtpServer.deliveredTo(admins.getFirst())).isEmpty();

    SmtpServer.restart();
    await().atMost(DELIVERY).until(() -> SmtpServer.deliveredTo(admins.getFirst()).size() == 1);
    await()
        .atMost(DELIVERY)
        .until(() -> emailsOf(alert).stream().allMatch(m -> m.status() == OutboxStatus.SENT));
    dispatcher.dispatchDue();
    assertThat(SmtpServer.deliveredTo(admins.getFirst())).hasSize(1);
  }

  /** An organization that is a Silver member thanks to one certified person alone. */
  private record SilverMember(UUID organization, UUID certified) {}

  /** A Silver member thanks to one person with the Azure exam, and the consumption it needs. */
  private SilverMember silverOrganization(String name, List<String> admins) {
    UUID organization = organization(name, admins);
    // It rests on one person; these tests are about renewal risk (KeyPersonsEndToEndTest is not).
    Api.optOutOfKeyPersonWarning(organization);
    UUID certified = certifiedMemberOf(organization);
    Api.reportAzureConsumption(organization, clock.today(), "15000.00");
    as(DevTokens.partnerAdmin(organization))
        .body(Map.of("level", "SILVER"))
        .post(BASE + "/organizations/{id}/membership/purchases", organization)
        .then()
        .statusCode(201);
    return new SilverMember(organization, certified);
  }

  private UUID certifiedMemberOf(UUID organization) {
    UUID person = createPerson(unique("Member"));
    recordExam(person, "70-533");
    associate(person, organization).statusCode(200);
    return person;
  }

  private static UUID organization(String name, List<String> adminEmails) {
    return UUID.fromString(
        asAgent()
            .body(
                Map.of(
                    "name",
                    name + " " + unique("org"),
                    "country",
                    "PT",
                    "market",
                    "DEVELOPED",
                    "admins",
                    adminEmails.stream()
                        .map(e -> Map.of("name", "Admin " + e, "email", e))
                        .toList()))
            .post(BASE + "/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  private static io.restassured.response.ValidatableResponse alertsOf(UUID organization) {
    return as(DevTokens.partnerAdmin(organization))
        .get(BASE + "/organizations/{id}/alerts", organization)
        .then()
        .statusCode(200);
  }

  /** The text of each text part (plain and HTML) of the email. */
  private static List<String> textsOf(MimeMessage email) throws MessagingException, IOException {
    List<String> texts = new ArrayList<>();
    collect(email.getContent(), texts);
    return texts;
  }

  private static void collect(Object content, List<String> texts)
      throws MessagingException, IOException {
    if (content instanceof String text) {
      texts.add(text);
    } else if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        collect(part.getContent(), texts);
      }
    }
  }

  private List<OutboxMessage> emailsOf(String alert) {
    return unitOfWork.read(() -> outbox.ofAlert(new AlertId(UUID.fromString(alert))));
  }
}
