package org.attain.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.associate;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.attain.bootstrap.support.Api.createPerson;
import static org.attain.bootstrap.support.Api.recordExam;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.Api;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * R8 through HTTP on the real wiring: an admin writes the profile, the public reads it without a
 * token; it shows no competency while the organization is a network member, and Cloud Platform at
 * Silver once Silver is bought. Nothing on it names a person.
 */
@QuarkusTest
class R8ProfileEndToEndTest {

  @Inject AdjustableClock clock;

  @Test
  void R8_thePublicSeesTheProfileWithNoCompetencyUntilSilverIsBoughtThenCloudPlatformAtSilver() {
    String name = "Profile Contoso " + UUID.randomUUID().toString().substring(0, 8);
    UUID contoso = createOrganization(name);
    String admin = DevTokens.partnerAdmin(contoso);
    String adminName = "Admin of " + name;

    as(admin)
        .body(profile("Cloud migrations for retail."))
        .put(BASE + "/organizations/{id}/profile", contoso)
        .then()
        .statusCode(200)
        .body("description", equalTo("Cloud migrations for retail."));
    readPublicly(contoso).body("name", equalTo(name)).body("competencies", empty());

    reportAzureConsumption(contoso, "15000.00");
    UUID ana = createPerson("Ana Perfil");
    recordExam(ana, "70-533");
    associate(ana, contoso).statusCode(200);
    readPublicly(contoso).body("competencies", empty());

    as(admin)
        .body(Map.of("level", "SILVER"))
        .post(BASE + "/organizations/{id}/membership/purchases", contoso)
        .then()
        .statusCode(201);

    String body =
        readPublicly(contoso)
            .body("organizationId", equalTo(contoso.toString()))
            .body("country", equalTo("PT"))
            .body("locations[0].city", equalTo("Lisboa"))
            .body("industries", contains("Retail"))
            .body("website", equalTo("https://contoso.example"))
            .body("competencies.id", contains("cloud-platform"))
            .body("competencies[0].level", equalTo("SILVER"))
            .body("competencies[0].name", equalTo("Cloud Platform"))
            .extract()
            .asString();
    assertThat(body).doesNotContain("Ana Perfil", adminName, "@", "admins", "email");

    String found =
        given()
            .accept("application/json")
            .queryParam("q", name.substring("Profile ".length()).toUpperCase())
            .queryParam("country", "pt")
            .get(BASE + "/profiles")
            .then()
            .statusCode(200)
            .body("total", equalTo(1))
            .body("items.organizationId", hasItem(contoso.toString()))
            .body("items[0].competencies[0].level", equalTo("SILVER"))
            .extract()
            .asString();
    assertThat(found).doesNotContain("Ana Perfil", adminName, "@");
  }

  @Test
  void anAdminOfAnotherOrganizationIsForbiddenAndAnOverlongDescriptionIsAProblem() {
    UUID organization = createOrganization("Profile Private");
    String stranger = DevTokens.partnerAdmin(createOrganization("Profile Stranger"));

    as(stranger)
        .body(profile("Not mine"))
        .put(BASE + "/organizations/{id}/profile", organization)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("access-denied"));
    as(DevTokens.partnerAdmin(organization))
        .body(profile("x".repeat(2501)))
        .put(BASE + "/organizations/{id}/profile", organization)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("validation-failed"));
    given()
        .accept("application/json")
        .get(BASE + "/profiles/{id}", organization)
        .then()
        .statusCode(404)
        .body("code", equalTo("profile-not-found"));
  }

  private static Map<String, Object> profile(String description) {
    return Map.of(
        "description",
        description,
        "locations",
        List.of(Map.of("country", "PT", "city", "Lisboa")),
        "industries",
        List.of("Retail"),
        "website",
        "https://contoso.example");
  }

  private static io.restassured.response.ValidatableResponse readPublicly(UUID organization) {
    return given()
        .accept("application/json")
        .get(BASE + "/profiles/{id}", organization)
        .then()
        .statusCode(200);
  }

  private void reportAzureConsumption(UUID organization, String usd) {
    Api.reportAzureConsumption(organization, clock.today(), usd);
  }
}
