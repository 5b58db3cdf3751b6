package org.attain.adapter.rest.web;

import static io.restassured.RestAssured.given;
import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.get;
import static org.attain.adapter.rest.web.Http.problem;
import static org.attain.adapter.rest.web.Http.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * R8 through HTTP: a customer sends a referral without a token, the partner's admins list, read and
 * answer it; another organization's admin may not; a flood from one client gets 429.
 */
@QuarkusTest
class ReferralFlowTest {

  private static final AtomicInteger CLIENTS = new AtomicInteger(10);

  /** Each test sends as a client of its own, so that the throttle of one does not hit another. */
  private final String client = "198.51.100." + CLIENTS.incrementAndGet();

  /** Another client, for a test that sends more than the throttle lets one client send. */
  private static String fresh() {
    return "198.51.100." + CLIENTS.incrementAndGet();
  }

  static String referralBody(String need) {
    return """
        {"contact": {"name": "Rita Lopes", "email": "rita@fabrikam.example",
                     "phone": "+351 21 000 0000", "company": "Fabrikam"},
         "need": "%s", "size": "MEDIUM"}
        """
        .formatted(need);
  }

  private ValidatableResponse send(String organization, String body) {
    return send(client, organization, body);
  }

  private static ValidatableResponse send(String from, String organization, String body) {
    return given()
        .header("X-Forwarded-For", from)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/profiles/" + organization + "/referrals")
        .then()
        .log()
        .ifValidationFails();
  }

  private static String withProfile(String name) {
    String organization = createOrganization(name);
    put(
            Tokens.adminOf(organization),
            ORGANIZATIONS + "/" + organization + "/profile",
            ProfileFlowTest.profileBody("We do cloud"))
        .statusCode(200);
    return organization;
  }

  @Test
  void aCustomerSendsAReferralAndTheAdminsListReadAndAnswerIt() {
    String contoso = withProfile("Contoso Referralflow");

    String id =
        send(contoso, referralBody("Move our ERP"))
            .statusCode(201)
            .body("status", equalTo("OPEN"))
            .body("receivedOn", equalTo("2025-04-01"))
            .body("answerBy", equalTo("2025-04-15"))
            .body("$", not(hasKey("contact")))
            .extract()
            .path("id");

    String admin = Tokens.adminOf(contoso);
    String referrals = ORGANIZATIONS + "/" + contoso + "/referrals";
    get(admin, referrals)
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(id))
        .body("items[0].contact.company", equalTo("Fabrikam"))
        .body("items[0].need", equalTo("Move our ERP"));
    get(admin, referrals + "/" + id)
        .statusCode(200)
        .body("contact.phone", equalTo("+351 21 000 0000"));
    put(admin, referrals + "/" + id + "/status", "{\"status\":\"ACCEPTED\"}")
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    get(Tokens.agent(), referrals + "?status=ACCEPTED")
        .statusCode(200)
        .body("items.id", contains(id));
    get(admin, referrals + "?status=OPEN").statusCode(200).body("total", equalTo(0));
    put(admin, referrals + "/" + id + "/status", "{\"status\":\"WON\"}")
        .statusCode(200)
        .body("status", equalTo("WON"));
    problem(
        put(admin, referrals + "/" + id + "/status", "{\"status\":\"LOST\"}"),
        409,
        "referral-not-accepted");
  }

  @Test
  void theLocationOfASentReferralIsWhereItsAdminsReadIt() {
    String contoso = withProfile("Contoso Referrallocation");

    ValidatableResponse sent = send(contoso, referralBody("Need")).statusCode(201);
    String id = sent.extract().path("id");
    String location = sent.extract().header("Location");

    org.hamcrest.MatcherAssert.assertThat(
        location, endsWith("/api/v1/organizations/" + contoso + "/referrals/" + id));
  }

  @Test
  void anotherOrganizationsAdminIsForbiddenAndAnUnknownReferralIsNotFound() {
    String contoso = withProfile("Contoso Referralguard");
    String fabrikam = withProfile("Fabrikam Referralguard");
    String id = send(contoso, referralBody("Need")).statusCode(201).extract().path("id");
    String referrals = ORGANIZATIONS + "/" + contoso + "/referrals";

    problem(get(Tokens.adminOf(fabrikam), referrals), 403, "access-denied");
    problem(get(Tokens.adminOf(fabrikam), referrals + "/" + id), 403, "access-denied");
    problem(
        put(
            Tokens.adminOf(fabrikam),
            referrals + "/" + id + "/status",
            "{\"status\":\"DECLINED\"}"),
        403,
        "access-denied");
    problem(
        get(Tokens.adminOf(fabrikam), ORGANIZATIONS + "/" + fabrikam + "/referrals/" + id),
        404,
        "referral-not-found");
    given().get(referrals).then().statusCode(401);
  }

  @Test
  void aReferralToAnOrganizationWithoutAProfileIsNotFound() {
    String bare = createOrganization("Bare Referralflow");

    problem(send(bare, referralBody("Need")), 404, "profile-not-found");
    problem(send(UUID.randomUUID().toString(), referralBody("Need")), 404, "profile-not-found");
  }

  @Test
  void badReferralsAreProblemsNamingTheField() {
    String contoso = withProfile("Contoso Referralcheck");

    problem(send(fresh(), contoso, referralBody("x".repeat(2001))), 400, "validation-failed")
        .body("errors.field", hasItem("need"));
    problem(
            send(
                fresh(),
                contoso,
                """
                {"contact": {"name": "Rita"}, "need": "Need", "size": "SMALL"}"""),
            400,
            "invalid-value")
        .body("errors[0].field", equalTo("contact"));
    problem(
            send(
                fresh(),
                contoso,
                """
                {"contact": {"name": "Rita", "phone": "call me"}, "need": "Need", "size": "SMALL"}"""),
            400,
            "invalid-value")
        .body("errors[0].field", equalTo("contact.phone"));
    problem(
            send(
                fresh(),
                contoso,
                """
                {"contact": {"name": "Rita", "email": "rita@x.example"}, "need": "Need",
                 "size": "HUGE"}"""),
            400,
            "invalid-request")
        .body("errors[0].field", equalTo("size"));
  }

  @Test
  void aBadStatusOrFilterIsAProblem() {
    String contoso = withProfile("Contoso Referralstatus");
    String id = send(contoso, referralBody("Need")).statusCode(201).extract().path("id");
    String referrals = ORGANIZATIONS + "/" + contoso + "/referrals";
    String admin = Tokens.adminOf(contoso);

    problem(
            put(admin, referrals + "/" + id + "/status", "{\"status\":\"EXPIRED\"}"),
            400,
            "validation-failed")
        .body("errors[0].field", equalTo("status"));
    problem(put(admin, referrals + "/" + id + "/status", "{}"), 400, "validation-failed");
    problem(get(admin, referrals + "?status=GONE"), 400, "validation-failed");
    problem(get(admin, referrals + "?size=101"), 400, "validation-failed");
  }

  @Test
  void aFloodFromOneClientGets429WithRetryAfterWhileAnotherClientIsServed() {
    String contoso = withProfile("Contoso Referralflood");

    for (int i = 0; i < 3; i++) {
      send(contoso, referralBody("Need " + i)).statusCode(201);
    }
    problem(send(contoso, referralBody("One too many")), 429, "too-many-requests")
        .header("Retry-After", equalTo("1200"))
        .body("errors", nullValue());
    problem(send(contoso, "{not even json"), 429, "too-many-requests");
    send("203.0.113.250", contoso, referralBody("Another customer")).statusCode(201);
    get(Tokens.adminOf(contoso), ORGANIZATIONS + "/" + contoso + "/referrals")
        .statusCode(200)
        .body("total", equalTo(4));
  }
}
