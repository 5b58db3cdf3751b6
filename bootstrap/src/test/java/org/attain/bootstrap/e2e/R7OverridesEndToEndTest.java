package org.attain.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.asAgent;
import static org.attain.bootstrap.support.Api.associate;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.attain.bootstrap.support.Api.createPerson;
import static org.attain.bootstrap.support.Api.recordExam;
import static org.attain.bootstrap.support.Api.reportAzureConsumption;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.attain.application.port.in.ScanDaily;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.DevTokens;
import org.attain.bootstrap.support.SmtpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R7 through HTTP on the real wiring and database: an agent grants an override, the admin reads it
 * but may neither grant nor revoke, an agent revokes it, and the audit log (read-only, agents only)
 * holds both actions and a catalog publication, filtered by organization and day.
 */
@QuarkusTest
class R7OverridesEndToEndTest {

  private static final String AUDIT_LOG = BASE + "/audit-log";

  @Inject AdjustableClock clock;
  @Inject ScanDaily scan;

  private LocalDate started;

  @BeforeEach
  void rememberTheDay() {
    started = clock.today();
  }

  @AfterEach
  void backToTheDayTheTestStarted() {
    clock.set(started);
  }

  @Test
  void R7_anAgentGrantsTheAdminReadsAnAgentRevokesAndTheAuditLogKeepsEverything() {
    UUID contoso = createOrganization("Override Contoso");
    String admin = DevTokens.partnerAdmin(contoso);
    String agent = DevTokens.agent();
    LocalDate today = clock.today();
    String overrides = BASE + "/organizations/" + contoso + "/overrides";

    String location =
        as(agent)
            .body(levelGranted("GOLD", "Azure practice audit pending", today.plusDays(20)))
            .post(overrides)
            .then()
            .statusCode(201)
            .body("agent", equalTo(subjectOf(agent)))
            .body("startsOn", equalTo(today.toString()))
            .body("lastDay", equalTo(today.plusDays(20).toString()))
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    as(admin)
        .get(location)
        .then()
        .statusCode(200)
        .body("grant.kind", equalTo("LEVEL_GRANTED"))
        .body("grant.level", equalTo("GOLD"))
        .body("reason", equalTo("Azure practice audit pending"));
    as(admin).get(overrides).then().statusCode(200).body("items.id", contains(id));

    as(admin)
        .body(levelGranted("GOLD", "We deserve it", null))
        .post(overrides)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(admin)
        .body(Map.of("reason", "Not needed"))
        .post(overrides + "/" + id + "/revocation")
        .then()
        .statusCode(403);

    publishTheCatalogAgain(agent, today.plusDays(1));
    as(agent)
        .body(Map.of("reason", "The audit failed"))
        .post(overrides + "/" + id + "/revocation")
        .then()
        .statusCode(200)
        .body("revocation.revokedOn", equalTo(today.toString()))
        .body("revocation.reason", equalTo("The audit failed"));

    asAgent()
        .get(AUDIT_LOG + "?organizationId=" + contoso)
        .then()
        .statusCode(200)
        .body("items.action", contains("OVERRIDE_REVOKED", "OVERRIDE_GRANTED"))
        .body("items.actor", contains(subjectOf(agent), subjectOf(agent)))
        .body("items.reason", contains("The audit failed", "Azure practice audit pending"))
        .body("items.organizationId", contains(contoso.toString(), contoso.toString()))
        .body("items.subject", contains(id, id))
        .body("items.day", contains(today.toString(), today.toString()))
        .body("total", equalTo(2));
    asAgent()
        .get(AUDIT_LOG + "?from=" + today + "&to=" + today + "&size=100")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("CATALOG_VERSION_PUBLISHED"))
        .body(
            "items.find { it.action == 'CATALOG_VERSION_PUBLISHED' }.details.effectiveFrom",
            equalTo(today.plusDays(1).toString()))
        .body("items.find { it.action == 'CATALOG_VERSION_PUBLISHED' }.organizationId", nullValue())
        .body(
            "items.find { it.action == 'CATALOG_VERSION_PUBLISHED' }.actor",
            equalTo(subjectOf(agent)));
    asAgent()
        .get(AUDIT_LOG + "?organizationId=" + contoso + "&from=" + today.plusDays(1))
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    asAgent()
        .get(AUDIT_LOG + "?organizationId=" + contoso + "&to=" + today.minusDays(1))
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    as(admin).get(AUDIT_LOG).then().statusCode(403);
  }

  @Test
  void R7_anOverrideLiftsToGoldAGoldPurchaseSucceedsAndAfterItsLastDayTheEvidenceGivesSilver() {
    UUID contoso = createOrganization("Override Gold Contoso");
    String admin = DevTokens.partnerAdmin(contoso);
    UUID ana = createPerson("Ana Ouro");
    recordExam(ana, "70-533");
    associate(ana, contoso).statusCode(200);
    LocalDate today = clock.today();
    reportAzureConsumption(contoso, today, "15000.00");
    assertLevel(contoso, today, "SILVER");
    buyGold(admin, contoso).statusCode(422);

    asAgent()
        .body(levelGranted("GOLD", "Gold audit passed; the feed lags", today.plusDays(30)))
        .post(BASE + "/organizations/" + contoso + "/overrides")
        .then()
        .statusCode(201);

    assertLevel(contoso, today, "GOLD");
    asAgent()
        .get(BASE + "/organizations/{id}/competencies/cloud-platform", contoso)
        .then()
        .body("overrides[0].grant.level", equalTo("GOLD"))
        .body("overrides[0].lastDay", equalTo(today.plusDays(30).toString()));
    buyGold(admin, contoso).statusCode(201).body("level", equalTo("GOLD"));
    assertLevel(contoso, today.plusDays(30), "GOLD");
    assertLevel(contoso, today.plusDays(31), "SILVER");
    asAgent()
        .get(
            BASE + "/organizations/{id}/competencies/cloud-platform?asOf=" + today.plusDays(31),
            contoso)
        .then()
        .body("overrides", empty());

    // The daily scan (what the scheduled job runs): 14 days before the end the admins are warned,
    // and the day after it their renewal is at risk, with an email each time.
    String adminEmail = adminEmailOf(contoso);
    clock.set(today.plusDays(30 - 14));
    scan.run(clock.today());
    alertsOf(admin, contoso).body("items.kind", contains("LAPSE_AHEAD"));
    clock.set(today.plusDays(31));
    scan.run(clock.today());
    alertsOf(admin, contoso)
        .body("items.kind", hasItem("RENEWAL_AT_RISK"))
        .body("items.find { it.kind == 'RENEWAL_AT_RISK' }.cause.kind", equalTo("override-ended"));
    // A dispatch round runs every second; on a loaded machine a hung send holds one for 10 s.
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> SmtpServer.deliveredTo(adminEmail).size() == 2);
    asAgent()
        .get(BASE + "/organizations/{id}/competency-history?competency=cloud-platform", contoso)
        .then()
        .statusCode(200)
        .body("items.state", hasItem("OVERRIDDEN"))
        .body("items[-1].cause.kind", equalTo("override-ended"));
  }

  private static ValidatableResponse alertsOf(String admin, UUID organization) {
    return as(admin).get(BASE + "/organizations/{id}/alerts", organization).then().statusCode(200);
  }

  private static String adminEmailOf(UUID organization) {
    return asAgent()
        .get(BASE + "/organizations/{id}", organization)
        .then()
        .statusCode(200)
        .extract()
        .path("admins[0].email");
  }

  private static ValidatableResponse buyGold(String admin, UUID organization) {
    return as(admin)
        .body(Map.of("level", "GOLD"))
        .post(BASE + "/organizations/{id}/membership/purchases", organization)
        .then();
  }

  private static void assertLevel(UUID organization, LocalDate day, String level) {
    asAgent()
        .get(BASE + "/organizations/{id}/competencies/cloud-platform?asOf=" + day, organization)
        .then()
        .statusCode(200)
        .body("level", equalTo(level));
  }

  @Test
  void theAuditLogCannotBeChangedNorEmptiedThroughAnyMethod() {
    for (String method : new String[] {"PUT", "PATCH", "DELETE", "POST"}) {
      asAgent().body("{}").request(method, AUDIT_LOG).then().statusCode(405);
      asAgent().body("{}").request(method, AUDIT_LOG + "/1").then().statusCode(404);
    }
    given().get(AUDIT_LOG).then().statusCode(401);
  }

  /** Publishes the catalog in force again, unchanged, from {@code effectiveFrom}. */
  private static void publishTheCatalogAgain(String agent, LocalDate effectiveFrom) {
    String catalog =
        given()
            .get(BASE + "/catalog")
            .then()
            .extract()
            .asString()
            .replaceFirst(
                "\"effectiveFrom\":\"[0-9-]+\"", "\"effectiveFrom\":\"" + effectiveFrom + "\"");
    as(agent).body(catalog).post(BASE + "/catalog/versions").then().statusCode(201);
  }

  private static String levelGranted(String level, String reason, LocalDate lastDay) {
    return """
        {"competencyId":"cloud-platform","grant":{"kind":"LEVEL_GRANTED","level":"%s"},
         "reason":"%s"%s}"""
        .formatted(level, reason, lastDay == null ? "" : ",\"lastDay\":\"" + lastDay + "\"");
  }

  /** The subject the development token names its holder by. */
  private static String subjectOf(String token) {
    String payload = token.split("\\.")[1];
    String json = new String(Base64.getUrlDecoder().decode(payload));
    return json.replaceAll(".*\"sub\":\"([^\"]+)\".*", "$1");
  }
}
