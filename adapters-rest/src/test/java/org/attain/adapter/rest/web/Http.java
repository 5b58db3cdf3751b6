package org.attain.adapter.rest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Short forms of the HTTP calls the web tests make, and of the problem they expect back. */
final class Http {

  static final String ORGANIZATIONS = "/api/v1/organizations";
  static final String PERSONS = "/api/v1/persons";
  static final String CATALOG = "/api/v1/catalog";

  private Http() {}

  static RequestSpecification as(String token) {
    return given().header("Authorization", token).contentType(ContentType.JSON);
  }

  static ValidatableResponse post(String token, String path, String body) {
    return as(token).body(body).post(path).then().log().ifValidationFails();
  }

  static ValidatableResponse put(String token, String path, String body) {
    return as(token).body(body).put(path).then().log().ifValidationFails();
  }

  /** A call without a token, as anyone on the internet makes it. */
  static ValidatableResponse anonymousGet(String path) {
    return given().get(path).then().log().ifValidationFails();
  }

  static ValidatableResponse anonymousPost(String path, String body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .log()
        .ifValidationFails();
  }

  static ValidatableResponse get(String token, String path) {
    return as(token).get(path).then().log().ifValidationFails();
  }

  static ValidatableResponse delete(String token, String path) {
    return as(token).delete(path).then().log().ifValidationFails();
  }

  /** Asserts an RFC 9457 answer with {@code status} and {@code code}. */
  static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
    return response
        .statusCode(status)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(status))
        .body("code", equalTo(code))
        .body("type", equalTo("urn:attain:problem:" + code));
  }

  static String organization(String name, String adminEmail) {
    return """
        {"name":"%s","country":"PT","market":"DEVELOPED",
         "admins":[{"name":"Admin","email":"%s"}]}"""
        .formatted(name, adminEmail);
  }

  static String person(String name, String email) {
    return """
        {"name":"%s","email":"%s"}"""
        .formatted(name, email);
  }

  static String createOrganization(String name) {
    String slug = name.toLowerCase().replaceAll("[^a-z]", "");
    return post(Tokens.agent(), ORGANIZATIONS, organization(name, "admin@" + slug + ".example"))
        .statusCode(201)
        .extract()
        .path("id");
  }

  static void recordAchievement(String personId, String code) {
    post(
            Tokens.agent(),
            PERSONS + "/" + personId + "/achievements",
            "{\"kind\":\"EXAM\",\"code\":\"%s\",\"earnedOn\":\"2024-03-15\"}".formatted(code))
        .statusCode(201);
  }

  /**
   * Makes {@code organization} a Silver member: {@code personName} joins it holding 70-533, it
   * reports USD 15,000 of Azure consumption (Cloud Platform at Silver) and its admin buys Silver.
   *
   * @return the person, whose leaving puts the membership at risk
   */
  static String buySilverThanksTo(String personName, String organization) {
    String person = createPerson(personName);
    recordAchievement(person, "70-533");
    associate(person, organization);
    post(
            Tokens.agent(),
            ORGANIZATIONS + "/" + organization + "/metrics",
            CompetencyFlowTest.metric("AZURE_CONSUMPTION_USD_TTM", "\"15000\""))
        .statusCode(201);
    post(
            Tokens.adminOf(organization),
            ORGANIZATIONS + "/" + organization + "/membership/purchases",
            "{\"level\":\"SILVER\"}")
        .statusCode(201);
    return person;
  }

  static void associate(String personId, String organizationId) {
    put(
            Tokens.person(personId),
            PERSONS + "/" + personId + "/association",
            "{\"organizationId\":\"" + organizationId + "\"}")
        .statusCode(200);
  }

  static String createPerson(String name) {
    String slug = name.toLowerCase().replaceAll("[^a-z]", ".");
    return post(Tokens.agent(), PERSONS, person(name, slug + "@example.com"))
        .statusCode(201)
        .extract()
        .path("id");
  }
}
