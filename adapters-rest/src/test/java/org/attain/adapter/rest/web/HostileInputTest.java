package org.attain.adapter.rest.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.PERSONS;
import static org.attain.adapter.rest.web.Http.get;
import static org.attain.adapter.rest.web.Http.post;
import static org.attain.adapter.rest.web.Http.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, the answer is a 4xx problem+json naming what was wrong, never a 500. */
@QuarkusTest
class HostileInputTest {

  static final String ACHIEVEMENTS = PERSONS + "/" + UUID.randomUUID() + "/achievements";

  @Test
  void bodyThatIsNotJsonIsMalformed() {
    problem(post(Tokens.agent(), ORGANIZATIONS, "{\"name\":"), 400, "malformed-json")
        .body("detail", containsString("line 1"));
    problem(post(Tokens.agent(), PERSONS, "{\"name\":\"A\"} trailing"), 400, "malformed-json");
    problem(
        post(Tokens.agent(), PERSONS, "{\"name\":\"A\",\"name\":\"B\",\"email\":\"a@b.pt\"}"),
        400,
        "malformed-json");
  }

  @Test
  void absentBodyIsMissing() {
    problem(post(Tokens.agent(), ORGANIZATIONS, ""), 400, "missing-body");
    problem(post(Tokens.agent(), PERSONS, "null"), 400, "missing-body");
  }

  @Test
  void wrongJsonTypesAreNamedByTheirPath() {
    problem(post(Tokens.agent(), PERSONS, "[]"), 400, "invalid-request")
        .body("errors.field", contains("$"));
    problem(
            post(Tokens.agent(), PERSONS, "{\"name\":5,\"email\":\"a@b.pt\"}"),
            400,
            "invalid-request")
        .body("errors.field", contains("name"))
        .body("errors[0].message", equalTo("must be a string"));
    problem(
            post(
                Tokens.agent(),
                ORGANIZATIONS,
                "{\"name\":\"X\",\"country\":\"PT\",\"market\":\"DEVELOPED\",\"admins\":[{\"name\":\"A\",\"email\":{}}]}"),
            400,
            "invalid-request")
        .body("errors.field", contains("admins[0].email"));
  }

  @Test
  void unknownEnumValuesAreRefusedWithTheAcceptedOnes() {
    problem(
            post(
                Tokens.agent(),
                ORGANIZATIONS,
                "{\"name\":\"X\",\"country\":\"PT\",\"market\":\"EMERGING\",\"admins\":[]}"),
            400,
            "invalid-request")
        .body("errors.field", contains("market"))
        .body("errors[0].message", equalTo("must be one of DEVELOPED, DEVELOPING"));
    problem(
            post(
                Tokens.agent(),
                ACHIEVEMENTS,
                "{\"kind\":0,\"code\":\"70-533\",\"earnedOn\":\"2024-01-01\"}"),
            400,
            "invalid-request")
        .body("errors.field", contains("kind"));
  }

  @Test
  void unknownFieldsAreRefused() {
    problem(
            post(
                Tokens.agent(),
                ORGANIZATIONS,
                "{\"name\":\"X\",\"country\":\"PT\",\"market\":\"DEVELOPED\",\"admins\":[{\"name\":\"A\",\"email\":\"a@b.pt\",\"role\":\"boss\"}]}"),
            400,
            "invalid-request")
        .body("errors.field", contains("admins[0].role"));
  }

  @Test
  void unreadableDatesAndIdsAreNamed() {
    problem(
            post(
                Tokens.agent(),
                ACHIEVEMENTS,
                "{\"kind\":\"EXAM\",\"code\":\"70-533\",\"earnedOn\":\"2024-02-30\"}"),
            400,
            "invalid-request")
        .body("errors.field", contains("earnedOn"));
    problem(
            post(
                Tokens.agent(),
                ACHIEVEMENTS,
                "{\"kind\":\"EXAM\",\"code\":\"70-533\",\"earnedOn\":20240101}"),
            400,
            "invalid-request")
        .body("errors.field", contains("earnedOn"));
    problem(
            Http.put(
                Tokens.agent(),
                PERSONS + "/" + UUID.randomUUID() + "/association",
                "{\"organizationId\":\"not-a-uuid\"}"),
            400,
            "invalid-request")
        .body("errors.field", contains("organizationId"));
  }

  @Test
  void oversizeAndMissingValuesFailValidationField() {
    problem(
            post(
                Tokens.agent(),
                ORGANIZATIONS,
                "{\"name\":\""
                    + "x".repeat(201)
                    + "\",\"country\":\"PRT\",\"market\":\"DEVELOPED\",\"admins\":[{\"name\":\"A\",\"email\":\"not-an-email\"}]}"),
            400,
            "validation-failed")
        .body("errors.field", contains("admins[0].email", "country", "name"));
    problem(
            post(
                Tokens.agent(),
                ACHIEVEMENTS,
                "{\"kind\":\"EXAM\",\"code\":\"" + "9".repeat(65) + "\"}"),
            400,
            "validation-failed")
        .body("errors.field", contains("code", "earnedOn"));
  }

  @Test
  void domainGuardsWhileMappingNameTheField() {
    problem(
            post(
                Tokens.agent(),
                ORGANIZATIONS,
                "{\"name\":\"X\",\"country\":\"PT\",\"market\":\"DEVELOPED\",\"admins\":[{\"name\":\"A\",\"email\":\"a@b.pt\"},{\"name\":\"B\",\"email\":\"b@nodot\"}]}"),
            400,
            "invalid-value")
        .body("errors.field", contains("admins[1].email"));
    problem(
            post(
                Tokens.agent(),
                ORGANIZATIONS,
                "{\"name\":\"X\",\"country\":\"ZZ\",\"market\":\"DEVELOPED\",\"admins\":[{\"name\":\"A\",\"email\":\"a@b.pt\"}]}"),
            400,
            "invalid-value")
        .body("errors.field", contains("country"));
  }

  @Test
  void pagingParametersAreChecked() {
    problem(get(Tokens.agent(), ORGANIZATIONS + "?page=-1&size=101"), 400, "validation-failed")
        .body("errors.field", contains("page", "size"));
    problem(get(Tokens.agent(), ORGANIZATIONS + "?page=abc"), 400, "validation-failed")
        .body("errors.field", contains("page"));
    problem(get(Tokens.agent(), ORGANIZATIONS + "?size=0"), 400, "validation-failed");
  }

  @Test
  void httpLevelMistakesKeepTheirStatus() {
    problem(get(Tokens.agent(), "/api/v1/nothing-here"), 404, "not-found");
    problem(get(Tokens.agent(), ORGANIZATIONS + "/not-a-uuid"), 404, "not-found");
    problem(
        given().header("Authorization", Tokens.agent()).patch(ORGANIZATIONS).then(),
        405,
        "method-not-allowed");
    problem(
        given()
            .header("Authorization", Tokens.agent())
            .contentType(ContentType.TEXT)
            .body("name=x")
            .post(PERSONS)
            .then(),
        415,
        "unsupported-media-type");
    problem(
        given()
            .header("Authorization", Tokens.agent())
            .accept("text/html")
            .get(ORGANIZATIONS)
            .then(),
        406,
        "not-acceptable");
  }

  @Test
  void unknownIdsAreNotFound() {
    problem(
        get(Tokens.agent(), ORGANIZATIONS + "/" + UUID.randomUUID()),
        404,
        "organization-not-found");
    problem(get(Tokens.agent(), PERSONS + "/" + UUID.randomUUID()), 404, "person-not-found");
    problem(
        post(
            Tokens.agent(),
            ACHIEVEMENTS,
            "{\"kind\":\"EXAM\",\"code\":\"70-533\",\"earnedOn\":\"2024-01-01\"}"),
        404,
        "person-not-found");
  }

  @Test
  void missingOrInvalidTokensAreUnauthenticated() {
    problem(given().get(ORGANIZATIONS).then(), 401, "unauthenticated")
        .header("WWW-Authenticate", equalTo("Bearer"));
    problem(get("Bearer not.a.token", ORGANIZATIONS), 401, "unauthenticated")
        .header("WWW-Authenticate", containsString("invalid_token"));
    problem(get(Tokens.expired(), ORGANIZATIONS), 401, "unauthenticated");
    problem(post(Tokens.expired(), ORGANIZATIONS, "{"), 401, "unauthenticated");
  }

  @Test
  void aTokenVerifiedOnceStillStopsWorkingWhenItExpires() {
    // Expired 58 s ago: still inside the verifier's 60-second allowance for clock skew.
    String token = Tokens.agentExpiringIn(-58);
    get(token, ORGANIZATIONS).statusCode(200);
    get(token, ORGANIZATIONS).statusCode(200);

    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .until(() -> get(token, ORGANIZATIONS).extract().statusCode() == 401);
  }

  @Test
  void aHugeListIsAnsweredSmallAndFast() {
    String admins = "[" + String.join(",", java.util.Collections.nCopies(80_000, "{}")) + "]";
    String body =
        "{\"name\":\"N\",\"country\":\"PT\",\"market\":\"DEVELOPED\",\"admins\":" + admins + "}";
    long started = System.nanoTime();

    String answer =
        problem(post(Tokens.agent(), ORGANIZATIONS, body), 400, "invalid-request")
            .body("errors.field", contains("admins"))
            .body("errors.message", contains("must have at most 20 elements"))
            .extract()
            .asString();

    assertThat(answer.length()).isLessThan(1_000);
    // Generous for a loaded machine; it took 2.4 s and answered 9.8 MB before the bound.
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
        .isLessThan(java.time.Duration.ofSeconds(2));
  }

  @Test
  void manyFieldErrorsAreCappedAndCounted() {
    String admins =
        "[" + String.join(",", java.util.Collections.nCopies(20, "{\"name\":\" \"}")) + "]";
    String body =
        "{\"name\":\"N\",\"country\":\"PT\",\"market\":\"DEVELOPED\",\"admins\":" + admins + "}";

    problem(post(Tokens.agent(), ORGANIZATIONS, body), 400, "validation-failed")
        .body("errors.size()", equalTo(20))
        .body("errorCount", equalTo(40));
  }

  @Test
  void anOverLongUrlIsAProblem() {
    given()
        .get(ORGANIZATIONS + "?q=" + "a".repeat(5000))
        .then()
        .statusCode(414)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(414))
        .body("code", equalTo("uri-too-long"))
        .body("type", equalTo("urn:attain:problem:uri-too-long"));
    // Just within the limit, the request goes on to the API (which wants a token).
    problem(given().get(ORGANIZATIONS + "?q=" + "a".repeat(3900)).then(), 401, "unauthenticated");
  }

  @Test
  void oversizedHeadersAreAProblem() {
    given()
        .header("X-Padding", "a".repeat(21_000))
        .get(ORGANIZATIONS)
        .then()
        .statusCode(431)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(431))
        .body("code", equalTo("request-header-fields-too-large"));
    given()
        .header("X-A", "a".repeat(12_000))
        .header("X-B", "b".repeat(12_000))
        .get(ORGANIZATIONS)
        .then()
        .statusCode(431)
        .contentType(startsWith("application/problem+json"));
    problem(
        given().header("X-Padding", "a".repeat(15_000)).get(ORGANIZATIONS).then(),
        401,
        "unauthenticated");
  }

  @Test
  void aTokenIssuedInTheFutureIsRefusedBeyondTheClockSkew() {
    problem(get(Tokens.agentIssuedIn(3600), ORGANIZATIONS), 401, "unauthenticated")
        .header("WWW-Authenticate", containsString("Bearer"));
    problem(get(Tokens.agentIssuedIn(120), ORGANIZATIONS), 401, "unauthenticated");
    // Within the 60-second allowance for clock skew, as for an expiry.
    get(Tokens.agentIssuedIn(30), ORGANIZATIONS).statusCode(200);
    get(Tokens.agentIssuedIn(0), ORGANIZATIONS).statusCode(200);
  }

  @Test
  void tokensThatNameNoValidActorAreForbidden() {
    problem(get(Tokens.unknownRole(), ORGANIZATIONS), 403, "forbidden");
    problem(get(Tokens.adminWithoutOrganization(), ORGANIZATIONS), 403, "unusable-token");
    problem(
        get(Tokens.person("not-a-uuid"), PERSONS + "/" + UUID.randomUUID()), 403, "unusable-token");
    problem(post(Tokens.person(UUID.randomUUID().toString()), PERSONS, "{}"), 403, "forbidden");
  }

  @Test
  void problemsNeverCarryAStackTrace() {
    post(Tokens.agent(), ORGANIZATIONS, "{\"name\": [1, {\"x\": nul}]")
        .statusCode(400)
        .body(not(containsString("Exception")))
        .body(not(containsString("\tat ")));
  }
}
