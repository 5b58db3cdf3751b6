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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attain.application.port.in.DispatchOutbox;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.OutboxStatus;
import org.attain.application.port.out.UnitOfWork;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.Api;
import org.attain.bootstrap.support.DevTokens;
import org.attain.bootstrap.support.SmtpServer;
import org.attain.domain.risk.AlertId;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 through HTTP, the outbox and a real SMTP server: a Silver member resting on one person
 * gets the key-person warning and one email per admin; the what-if of that person leaving answers
 * what the real departure then produces; a second qualified person ends the warning; an
 * organization that turned the warning off is not warned.
 */
@QuarkusTest
@WithTestResource(value = SmtpServer.class, scope = TestResourceScope.GLOBAL)
class KeyPersonsEndToEndTest {

  private static final String KEY_PERSON = "MEMBERSHIP_RESTS_ON_ONE_PERSON";
  private static final String CLOUD = "find { it.competencyId == 'cloud-platform' }";

  /** How long delivery may take on a loaded machine: a round every second, a hung send 10 s. */
  private static final Duration DELIVERY = Duration.ofSeconds(90);

  @Inject AdjustableClock clock;
  @Inject DispatchOutbox dispatcher;
  @Inject Outbox outbox;
  @Inject UnitOfWork unitOfWork;

  @Test
  void aSilverMemberRestingOnOnePersonIsWarnedOnceByEmailAndTheWhatIfOfTheirLeavingComesTrue()
      throws Exception {
    List<String> admins = admins("contoso");
    UUID contoso = organization("Contoso", admins);
    String name = unique("Ana");
    UUID ana = certifiedMemberOf(contoso, name);
    buySilver(contoso);

    String warning =
        alertsOf(contoso)
            .body("items.kind", contains(KEY_PERSON))
            .body("items[0].level", equalTo("SILVER"))
            .body("items[0].keyPersons.personId", contains(ana.toString()))
            .body("items[0].keyPersons.name", contains(name))
            .body("items[0].endedOn", nullValue())
            .extract()
            .path("items[0].id");
    for (String admin : admins) {
      await().atMost(DELIVERY).until(() -> SmtpServer.deliveredTo(admin).size() == 1);
    }
    assertThat(textsOf(SmtpServer.deliveredTo(admins.getFirst()).getFirst()))
        .hasSize(2)
        .allSatisfy(part -> assertThat(part).contains("rests on one person, " + name));
    await().atMost(DELIVERY).until(() -> allSent(warning));
    dispatcher.dispatchDue();
    for (String admin : admins) {
      assertThat(SmtpServer.deliveredTo(admin)).hasSize(1);
    }

    JsonPath whatIf =
        as(DevTokens.partnerAdmin(contoso))
            .body(Map.of("changes", List.of(Map.of("type", "PERSON_LEAVES", "personId", ana))))
            .post(BASE + "/organizations/{id}/what-if", contoso)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Api.leave(ana).statusCode(200);

    JsonPath real =
        as(DevTokens.partnerAdmin(contoso))
            .get(BASE + "/organizations/{id}/competencies", contoso)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> then = whatIf.getList("competencies");
    List<Map<String, Object>> now = real.getList("competencies");
    assertThat(then).hasSameSizeAs(now);
    for (Map<String, Object> competency : now) {
      assertThat(
              then.stream()
                  .filter(c -> c.get("competencyId").equals(competency.get("id")))
                  .findFirst()
                  .orElseThrow()
                  .get("then"))
          .as("what the what-if said of %s", competency.get("id"))
          .isEqualTo(competency.get("level"));
    }
    assertThat(whatIf.getString("competencies." + CLOUD + ".then")).isEqualTo("NONE");
    assertThat(whatIf.getList("alerts.kind")).containsExactly("RENEWAL_AT_RISK");
    assertThat(whatIf.getList("alertsEnded")).containsExactly(KEY_PERSON);
    alertsOf(contoso)
        .body("items.findAll { it.endedOn == null }.kind", contains("RENEWAL_AT_RISK"))
        .body("items.find { it.kind == '" + KEY_PERSON + "' }.id", equalTo(warning))
        .body(
            "items.find { it.kind == '" + KEY_PERSON + "' }.endedOn",
            equalTo(clock.today().toString()));
    as(DevTokens.partnerAdmin(contoso))
        .get(BASE + "/organizations/{id}/membership", contoso)
        .then()
        .statusCode(200)
        .body("renewal.possible", equalTo(whatIf.getBoolean("membership.renewal.possible")));
  }

  @Test
  void aSecondQualifiedPersonJoiningEndsTheWarning() {
    UUID fabrikam = organization("Fabrikam", admins("fabrikam"));
    certifiedMemberOf(fabrikam, unique("Rui"));
    buySilver(fabrikam);
    String warning =
        alertsOf(fabrikam).body("items.kind", contains(KEY_PERSON)).extract().path("items[0].id");

    certifiedMemberOf(fabrikam, unique("Eva"));

    alertsOf(fabrikam)
        .body("items.id", contains(warning))
        .body("items[0].endedOn", equalTo(clock.today().toString()));
    asAgent()
        .get(BASE + "/organizations/{id}/robustness", fabrikam)
        .then()
        .statusCode(200)
        .body("membership.robustness.departures", equalTo(2));
  }

  @Test
  void anOrganizationThatTurnedTheWarningOffIsNotWarnedAndTurningItOffEndsAnOpenOne() {
    List<String> northwindAdmins = admins("northwind");
    UUID northwind = organization("Northwind", northwindAdmins);
    Api.optOutOfKeyPersonWarning(northwind);
    certifiedMemberOf(northwind, unique("Ivo"));
    buySilver(northwind);
    alertsOf(northwind).body("items", empty());

    UUID tailspin = organization("Tailspin", admins("tailspin"));
    certifiedMemberOf(tailspin, unique("Lia"));
    buySilver(tailspin);
    String warning =
        alertsOf(tailspin).body("items.kind", contains(KEY_PERSON)).extract().path("items[0].id");
    Api.optOutOfKeyPersonWarning(tailspin);

    alertsOf(tailspin)
        .body("items.id", contains(warning))
        .body("items[0].endedOn", equalTo(clock.today().toString()));
    // Wait on the event: Tailspin's own emails are out, and by then Northwind's would be too.
    await().atMost(DELIVERY).until(() -> allSent(warning));
    for (String admin : northwindAdmins) {
      assertThat(SmtpServer.deliveredTo(admin)).isEmpty();
    }
  }

  private static List<String> admins(String domain) {
    return List.of(
        unique("ana") + "@" + domain + ".example", unique("rui") + "@" + domain + ".example");
  }

  private static UUID certifiedMemberOf(UUID organization, String name) {
    UUID person = createPerson(name);
    recordExam(person, "70-533");
    associate(person, organization).statusCode(200);
    return person;
  }

  private void buySilver(UUID organization) {
    Api.reportAzureConsumption(organization, clock.today(), "15000.00");
    as(DevTokens.partnerAdmin(organization))
        .body(Map.of("level", "SILVER"))
        .post(BASE + "/organizations/{id}/membership/purchases", organization)
        .then()
        .statusCode(201);
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

  private static ValidatableResponse alertsOf(UUID organization) {
    return as(DevTokens.partnerAdmin(organization))
        .get(BASE + "/organizations/{id}/alerts", organization)
        .then()
        .statusCode(200);
  }

  private boolean allSent(String alert) {
    return unitOfWork.read(() -> outbox.ofAlert(new AlertId(UUID.fromString(alert)))).stream()
        .allMatch(m -> m.status() == OutboxStatus.SENT);
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
}
