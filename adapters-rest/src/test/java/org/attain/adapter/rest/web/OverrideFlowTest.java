package org.attain.adapter.rest.web;

import static io.restassured.RestAssured.given;
import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.as;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.createPerson;
import static org.attain.adapter.rest.web.Http.get;
import static org.attain.adapter.rest.web.Http.post;
import static org.attain.adapter.rest.web.Http.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R7 through HTTP: agents grant and revoke overrides, the organization's admins read them, and the
 * audit log records both and can be read but never changed.
 */
@QuarkusTest
class OverrideFlowTest {

  private static final String AUDIT_LOG = "/api/v1/audit-log";

  @Test
  void r7_anAgentGrantsAnAdminReadsAnAgentRevokesAndTheAuditLogHasBoth() {
    String contoso = createOrganization("Contoso Overrides");
    String overrides = overrides(contoso);

    String location =
        post(Tokens.agent(), overrides, levelGranted("GOLD", "Audit of the Azure practice pending"))
            .statusCode(201)
            .body("organizationId", equalTo(contoso))
            .body("competencyId", equalTo("devops"))
            .body("grant.kind", equalTo("LEVEL_GRANTED"))
            .body("grant.level", equalTo("GOLD"))
            .body("grant.personId", nullValue())
            .body("agent", equalTo("agent-smith"))
            .body("reason", equalTo("Audit of the Azure practice pending"))
            .body("startsOn", equalTo("2025-04-01"))
            .body("lastDay", equalTo("2025-07-01"))
            .body("effectiveLastDay", equalTo("2025-07-01"))
            .body("revocation", nullValue())
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);

    get(Tokens.adminOf(contoso), overrides)
        .statusCode(200)
        .body("items.id", contains(id))
        .body("total", equalTo(1));
    get(Tokens.adminOf(contoso), overrides + "/" + id)
        .statusCode(200)
        .body("grant.description", equalTo("GOLD is granted"));

    post(Tokens.agent(), overrides + "/" + id + "/revocation", "{\"reason\":\"Audit failed\"}")
        .statusCode(200)
        .body("revocation.agent", equalTo("agent-smith"))
        .body("revocation.reason", equalTo("Audit failed"))
        .body("revocation.revokedOn", equalTo("2025-04-01"))
        .body("effectiveLastDay", nullValue());
    problem(
        post(Tokens.agent(), overrides + "/" + id + "/revocation", "{\"reason\":\"Again\"}"),
        409,
        "override-already-revoked");

    get(Tokens.agent(), AUDIT_LOG + "?organizationId=" + contoso)
        .statusCode(200)
        .body("items.action", contains("OVERRIDE_REVOKED", "OVERRIDE_GRANTED"))
        .body("items.subject", contains(id, id))
        .body("items.reason", contains("Audit failed", "Audit of the Azure practice pending"))
        .body("items[1].details.lastDay", equalTo("2025-07-01"))
        .body("items[0].day", equalTo("2025-04-01"))
        .body("total", equalTo(2));
  }

  @Test
  void r7_aPartnerAdminReadsButCannotGrantNorRevokeAndOthersCannotRead() {
    String contoso = createOrganization("Contoso Admin Overrides");
    String fabrikam = createOrganization("Fabrikam Admin Overrides");
    String overrides = overrides(contoso);
    String id =
        post(Tokens.agent(), overrides, levelGranted("SILVER", "Pending"))
            .statusCode(201)
            .extract()
            .path("id");

    problem(
        post(Tokens.adminOf(contoso), overrides, levelGranted("GOLD", "Mine")), 403, "forbidden");
    problem(
        post(Tokens.adminOf(contoso), overrides + "/" + id + "/revocation", "{\"reason\":\"No\"}"),
        403,
        "forbidden");
    problem(get(Tokens.adminOf(fabrikam), overrides), 403, "access-denied");
    problem(get(Tokens.adminOf(fabrikam), overrides + "/" + id), 403, "access-denied");
    problem(get(Tokens.adminOf(contoso), AUDIT_LOG), 403, "forbidden");
    problem(get(Tokens.agent(), overrides(fabrikam) + "/" + id), 404, "override-not-found");
    get(Tokens.agent(), overrides).statusCode(200).body("items.revocation", contains(nullValue()));
  }

  @Test
  void eachKindOfGrantIsTakenWithItsOwnFieldsOnly() {
    String contoso = createOrganization("Contoso Kinds");
    String person = createPerson("Ana Kinds");

    post(
            Tokens.agent(),
            overrides(contoso),
            grant(
                "{\"kind\":\"HOLDS_CREDENTIAL\",\"personId\":\"%s\",\"code\":\"70-533\"}"
                    .formatted(person)))
        .statusCode(201)
        .body("grant.personId", equalTo(person))
        .body("grant.code", equalTo("70-533"));
    post(
            Tokens.agent(),
            overrides(contoso),
            grant("{\"kind\":\"PERFORMANCE_MET\",\"metric\":\"AZURE_CONSUMPTION_USD_TTM\"}"))
        .statusCode(201)
        .body("grant.metric", equalTo("AZURE_CONSUMPTION_USD_TTM"));

    problem(
            post(
                Tokens.agent(),
                overrides(contoso),
                grant("{\"kind\":\"HOLDS_CREDENTIAL\",\"code\":\"70-533\"}")),
            400,
            "invalid-value")
        .body("errors.field", contains("grant.personId"));
    problem(
            post(
                Tokens.agent(),
                overrides(contoso),
                grant(
                    "{\"kind\":\"LEVEL_GRANTED\",\"level\":\"GOLD\",\"metric\":\"POWER_BI_SEATS\"}")),
            400,
            "invalid-value")
        .body("errors.field", contains("grant"));
    problem(
        post(
            Tokens.agent(),
            overrides(contoso),
            grant("{\"kind\":\"PERFORMANCE_MET\",\"metric\":\"POWER_BI_SEATS\"}")),
        422,
        "override-outside-competency");
    problem(
            post(Tokens.agent(), overrides(contoso), grant("{\"kind\":\"EVERYTHING\"}")),
            400,
            "invalid-request")
        .body("errors.field", contains("grant.kind"));
    problem(
        post(
            Tokens.agent(),
            overrides(contoso),
            grant(
                "{\"kind\":\"HOLDS_CREDENTIAL\",\"personId\":\"%s\",\"code\":\"70-533\"}"
                    .formatted(UUID.randomUUID()))),
        404,
        "person-not-found");
  }

  @Test
  void badRequestsAreRefusedWithProblems() {
    String contoso = createOrganization("Contoso Bad Overrides");
    String overrides = overrides(contoso);

    problem(post(Tokens.agent(), overrides, "{}"), 400, "validation-failed")
        .body("errors.field", contains("competencyId", "grant", "reason"));
    problem(
        post(
            Tokens.agent(),
            overrides,
            """
            {"competencyId":"devops","grant":{"kind":"LEVEL_GRANTED","level":"GOLD"},
             "reason":"Long","lastDay":"2025-07-02"}"""),
        422,
        "override-too-long");
    problem(
        post(
            Tokens.agent(),
            overrides,
            """
            {"competencyId":"devops","grant":{"kind":"LEVEL_GRANTED","level":"GOLD"},
             "reason":"Past","startsOn":"2025-03-31"}"""),
        400,
        "invalid-value");
    problem(
        post(
            Tokens.agent(),
            overrides,
            """
            {"competencyId":"quantum","grant":{"kind":"LEVEL_GRANTED","level":"GOLD"},"reason":"x"}"""),
        404,
        "competency-not-found");
    problem(
        post(Tokens.agent(), overrides(UUID.randomUUID().toString()), levelGranted("GOLD", "x")),
        404,
        "organization-not-found");
    String id =
        post(Tokens.agent(), overrides, levelGranted("GOLD", "x"))
            .statusCode(201)
            .extract()
            .path("id");
    problem(
            post(Tokens.agent(), overrides + "/" + id + "/revocation", "{\"reason\":\" \"}"),
            400,
            "validation-failed")
        .body("errors.field", contains("reason"));
  }

  @Test
  void theAuditLogIsFilteredByDayAndCannotBeChangedByAnyMethod() {
    String contoso = createOrganization("Contoso Audit");
    post(Tokens.agent(), overrides(contoso), levelGranted("GOLD", "x")).statusCode(201);

    get(Tokens.agent(), AUDIT_LOG + "?organizationId=" + contoso + "&from=2025-04-01&to=2025-04-01")
        .statusCode(200)
        .body("total", equalTo(1));
    get(Tokens.agent(), AUDIT_LOG + "?organizationId=" + contoso + "&from=2025-04-02")
        .statusCode(200)
        .body("total", equalTo(0));
    get(Tokens.agent(), AUDIT_LOG + "?size=100")
        .statusCode(200)
        .body("items.action", hasItem("OVERRIDE_GRANTED"));
    problem(get(Tokens.agent(), AUDIT_LOG + "?from=yesterday"), 400, "validation-failed")
        .body("errors.field", contains("from"));
    problem(get(Tokens.agent(), AUDIT_LOG + "?organizationId=42"), 400, "validation-failed")
        .body("errors.field", contains("organizationId"));
    problem(get(Tokens.agent(), AUDIT_LOG + "?from=2025-04-02&to=2025-04-01"), 400, "invalid-value")
        .body("errors.field", contains("to"));

    for (String method : new String[] {"PUT", "PATCH", "DELETE", "POST"}) {
      as(Tokens.agent())
          .body("{}")
          .request(method, AUDIT_LOG)
          .then()
          .statusCode(405)
          .contentType(startsWith("application/problem+json"));
    }
    given().get(AUDIT_LOG).then().statusCode(401);
  }

  private static String levelGranted(String level, String reason) {
    return """
        {"competencyId":"devops","grant":{"kind":"LEVEL_GRANTED","level":"%s"},"reason":"%s"}"""
        .formatted(level, reason);
  }

  private static String grant(String grant) {
    return """
        {"competencyId":"cloud-platform","grant":%s,"reason":"Exam feed lags"}"""
        .formatted(grant);
  }

  static String overrides(String organizationId) {
    return ORGANIZATIONS + "/" + organizationId + "/overrides";
  }
}
