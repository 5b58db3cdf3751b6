package org.attain.bootstrap.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Small helpers that set up state over HTTP, as a client would. */
public final class Api {

  public static final String BASE = "/api/v1";

  private Api() {}

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  public static RequestSpecification asAgent() {
    return as(DevTokens.agent());
  }

  public static UUID createOrganization(String name) {
    return UUID.fromString(
        asAgent()
            .body(
                Map.of(
                    "name",
                    name,
                    "country",
                    "PT",
                    "market",
                    "DEVELOPED",
                    "admins",
                    new Object[] {
                      Map.of(
                          "name", "Admin of " + name, "email", unique("admin") + "@partner.example")
                    }))
            .post(BASE + "/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  public static UUID createPerson(String name) {
    return UUID.fromString(
        asAgent()
            .body(Map.of("name", name, "email", unique("person") + "@example.org"))
            .post(BASE + "/persons")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  public static void recordExam(UUID person, String code) {
    asAgent()
        .body(Map.of("kind", "EXAM", "code", code, "earnedOn", "2025-06-01"))
        .post(BASE + "/persons/{id}/achievements", person)
        .then()
        .statusCode(201);
  }

  /** The Azure consumption of the twelve months up to yesterday, as an agent reports it. */
  public static Map<String, String> azureConsumption(LocalDate today, String usd) {
    return Map.of(
        "metric",
        "AZURE_CONSUMPTION_USD_TTM",
        "value",
        usd,
        "periodStart",
        today.minusYears(1).toString(),
        "periodEnd",
        today.minusDays(1).toString());
  }

  public static void reportAzureConsumption(UUID organization, LocalDate today, String usd) {
    asAgent()
        .body(azureConsumption(today, usd))
        .post(BASE + "/organizations/{id}/metrics", organization)
        .then()
        .statusCode(201);
  }

  public static ValidatableResponse associate(UUID person, UUID organization) {
    return as(DevTokens.person(person))
        .body(Map.of("organizationId", organization.toString()))
        .put(BASE + "/persons/{id}/association", person)
        .then();
  }

  /** The person stops counting for their organization, on their own account. */
  public static ValidatableResponse leave(UUID person) {
    return as(DevTokens.person(person)).delete(BASE + "/persons/{id}/association", person).then();
  }

  /**
   * The organization's admin turns the key-person warning (issue 13) off, for tests of other rules
   * whose organizations rest on one person.
   */
  public static void optOutOfKeyPersonWarning(UUID organization) {
    as(DevTokens.partnerAdmin(organization))
        .body(Map.of("keyPersonWarning", false))
        .put(BASE + "/organizations/{id}/warnings", organization)
        .then()
        .statusCode(200);
  }

  /** The organization's admin writes a short marketing profile, which lets customers refer it. */
  public static void writeProfile(UUID organization) {
    as(DevTokens.partnerAdmin(organization))
        .body(Map.of("description", "Cloud partner", "locations", new Object[0]))
        .put(BASE + "/organizations/{id}/profile", organization)
        .then()
        .statusCode(200);
  }

  /**
   * A customer, known to the service by {@code clientAddress}, sends a referral without a token.
   */
  public static ValidatableResponse sendReferral(
      String clientAddress, UUID organization, Map<String, ?> body) {
    return given()
        .header("X-Forwarded-For", clientAddress)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON)
        .body(body)
        .post(BASE + "/profiles/{id}/referrals", organization)
        .then();
  }

  /** A referral from Rita Lopes of Fabrikam, reachable by email, about {@code need}. */
  public static Map<String, Object> referral(String need) {
    return Map.of(
        "contact",
        Map.of("name", "Rita Lopes", "email", "rita@fabrikam.example", "company", "Fabrikam"),
        "need",
        need,
        "size",
        "MEDIUM");
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
