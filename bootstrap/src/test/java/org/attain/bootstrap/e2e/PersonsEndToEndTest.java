package org.attain.bootstrap.e2e;

import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.asAgent;
import static org.attain.bootstrap.support.Api.associate;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.attain.bootstrap.support.Api.createPerson;
import static org.attain.bootstrap.support.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.Test;

/** Persons' accounts and achievements, and who may read or record them. */
@QuarkusTest
class PersonsEndToEndTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void anAgentCreatesAPersonWhoReadsTheirOwnAccount() {
    String email = unique("joana") + "@Example.org";
    String location =
        asAgent()
            .body(Map.of("name", "Joana Vaz", "email", email))
            .post(BASE + "/persons")
            .then()
            .statusCode(201)
            .body("email", equalTo(email.toLowerCase()))
            .body("currentOrganizationId", nullValue())
            .extract()
            .header("Location");
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

    as(DevTokens.person(id))
        .get(location)
        .then()
        .statusCode(200)
        .body("name", equalTo("Joana Vaz"));
    as(DevTokens.person(UUID.randomUUID())).get(location).then().statusCode(403);
  }

  @Test
  void anEmailBelongsToOnePersonOnly() {
    String email = unique("kim") + "@example.org";
    asAgent()
        .body(Map.of("name", "Kim", "email", email))
        .post(BASE + "/persons")
        .then()
        .statusCode(201);

    asAgent()
        .body(Map.of("name", "Kim Again", "email", email.toUpperCase()))
        .post(BASE + "/persons")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("code", equalTo("email-taken"));
  }

  @Test
  void agentsRecordAchievementsOnceAndPersonsCannot() {
    UUID person = createPerson("Luis Faria");
    Map<String, String> exam =
        Map.of(
            "kind",
            "EXAM",
            "code",
            "70-764",
            "earnedOn",
            "2026-01-02",
            "creditEndsOn",
            "2027-01-31");

    asAgent()
        .body(exam)
        .post(BASE + "/persons/{id}/achievements", person)
        .then()
        .statusCode(201)
        .body("code", equalTo("70-764"))
        .body("creditEndsOn", equalTo("2027-01-31"))
        .body("expiresOn", nullValue());
    asAgent()
        .body(exam)
        .post(BASE + "/persons/{id}/achievements", person)
        .then()
        .statusCode(409)
        .body("code", equalTo("achievement-already-recorded"));
    as(DevTokens.person(person))
        .body(Map.of("kind", "EXAM", "code", "70-765", "earnedOn", "2026-01-02"))
        .post(BASE + "/persons/{id}/achievements", person)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);

    as(DevTokens.person(person))
        .get(BASE + "/persons/{id}/achievements", person)
        .then()
        .statusCode(200)
        .body("code", contains("70-764"));
  }

  @Test
  void anAchievementCannotExpireBeforeItWasEarned() {
    UUID person = createPerson("Marta Gil");
    asAgent()
        .body(
            Map.of(
                "kind",
                "CERTIFICATION",
                "code",
                "MCSA",
                "earnedOn",
                "2026-01-02",
                "expiresOn",
                "2025-12-31"))
        .post(BASE + "/persons/{id}/achievements", person)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("expiresOn"));
  }

  @Test
  void theAdminsOfThePersonsCurrentOrganizationReadThePerson() {
    UUID organization = createOrganization("Fourth Coffee");
    UUID person = createPerson("Nuno Cruz");
    as(DevTokens.partnerAdmin(organization))
        .get(BASE + "/persons/{id}", person)
        .then()
        .statusCode(403);

    associate(person, organization).statusCode(200);

    as(DevTokens.partnerAdmin(organization))
        .get(BASE + "/persons/{id}", person)
        .then()
        .statusCode(200)
        .body("currentOrganizationId", equalTo(organization.toString()));
  }
}
