package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.anonymousGet;
import static org.attain.adapter.rest.web.Http.buySilverThanksTo;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.problem;
import static org.attain.adapter.rest.web.Http.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * R8 through HTTP: an admin writes the profile, the public reads and searches it without a token.
 */
@QuarkusTest
class ProfileFlowTest {

  static final String PROFILES = "/api/v1/profiles";

  static String profileBody(String description) {
    return """
        {"description": "%s",
         "locations": [{"country": "pt", "city": "Lisboa"}],
         "industries": ["Retail"],
         "website": "https://contoso.example"}
        """
        .formatted(description);
  }

  @Test
  void anAdminWritesTheProfileAndThePublicReadsAndFindsIt() {
    String contoso = createOrganization("Contoso Profileflow");

    put(Tokens.adminOf(contoso), ORGANIZATIONS + "/" + contoso + "/profile", profileBody("Zebra"))
        .statusCode(200)
        .body("organizationId", equalTo(contoso))
        .body("locations[0].country", equalTo("PT"));

    anonymousGet(PROFILES + "/" + contoso)
        .statusCode(200)
        .body("name", equalTo("Contoso Profileflow"))
        .body("description", equalTo("Zebra"))
        .body("locations[0].city", equalTo("Lisboa"))
        .body("industries", contains("Retail"))
        .body("website", equalTo("https://contoso.example"))
        .body("competencies", empty())
        .body("$", not(hasKey("admins")));
    anonymousGet(PROFILES + "?q=profileFLOW&size=5")
        .statusCode(200)
        .body("items.organizationId", hasItem(contoso));
  }

  @Test
  void anotherOrganizationsAdminIsForbiddenAndABadProfileIsAProblem() {
    String contoso = createOrganization("Contoso Profileguard");
    String fabrikam = createOrganization("Fabrikam Profileguard");

    put(Tokens.adminOf(fabrikam), ORGANIZATIONS + "/" + contoso + "/profile", profileBody("x"))
        .statusCode(403);
    problem(
        put(
            Tokens.adminOf(contoso),
            ORGANIZATIONS + "/" + contoso + "/profile",
            profileBody("x".repeat(2501))),
        400,
        "validation-failed");
    problem(
        put(
            Tokens.adminOf(contoso),
            ORGANIZATIONS + "/" + contoso + "/profile",
            profileBody("x").replace("https://", "http://")),
        400,
        "invalid-value");
    problem(anonymousGet(PROFILES + "/" + contoso), 404, "profile-not-found");
    problem(anonymousGet(PROFILES + "?country=ZZ"), 400, "invalid-value");
    problem(anonymousGet(PROFILES + "?country=Z1"), 400, "validation-failed");
  }

  @Test
  void thePublicSearchFindsAProfileByACompetencyItShowsAndItsLevel() {
    String contoso = createOrganization("Contoso Profilelevel");
    buySilverThanksTo("Ana Profilelevel", contoso);
    put(Tokens.adminOf(contoso), ORGANIZATIONS + "/" + contoso + "/profile", profileBody("Cloud"))
        .statusCode(200);

    anonymousGet(PROFILES + "?q=profilelevel&competency=cloud-platform&level=silver")
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].organizationId", equalTo(contoso))
        .body("items[0].competencies.id", contains("cloud-platform"))
        .body("items[0].competencies.level", contains("SILVER"));
    anonymousGet(PROFILES + "?q=profilelevel&level=GOLD").statusCode(200).body("total", equalTo(0));
    anonymousGet(PROFILES + "?q=profilelevel&competency=data-platform")
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void aMalformedCompetencyOrLevelIsAProblem() {
    problem(anonymousGet(PROFILES + "?level=PLATINUM"), 400, "validation-failed")
        .body("errors.field", contains("level"));
    problem(anonymousGet(PROFILES + "?competency=Cloud%20Platform"), 400, "validation-failed")
        .body("errors.field", contains("competency"));
    problem(anonymousGet(PROFILES + "?competency=" + "a".repeat(65)), 400, "validation-failed");
  }
}
