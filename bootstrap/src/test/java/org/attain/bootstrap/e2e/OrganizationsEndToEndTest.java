package org.attain.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.asAgent;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.Test;

/** Enrolling and reading organizations, and who may do it. */
@QuarkusTest
class OrganizationsEndToEndTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String CONTOSO =
      """
      {"name":"Contoso Portugal","country":"pt","market":"DEVELOPED",
       "admins":[{"name":"Ana Silva","email":"Ana.Silva@Contoso.example"}]}""";

  @Test
  void anAgentEnrolsAnOrganizationAndItsAdminReadsIt() {
    String location =
        asAgent()
            .body(CONTOSO)
            .post(BASE + "/organizations")
            .then()
            .statusCode(201)
            .body("name", equalTo("Contoso Portugal"))
            .body("country", equalTo("PT"))
            .body("admins[0].email", equalTo("ana.silva@contoso.example"))
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);

    as(DevTokens.partnerAdmin(UUID.fromString(id)))
        .get(location)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("market", equalTo("DEVELOPED"));
  }

  @Test
  void agentsPageThroughOrganizationsWithABoundedPageSize() {
    createOrganization("Paging A");
    createOrganization("Paging B");

    asAgent()
        .get(BASE + "/organizations?page=0&size=1")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("size", equalTo(1))
        .body("total", greaterThanOrEqualTo(2));
    asAgent()
        .get(BASE + "/organizations")
        .then()
        .statusCode(200)
        .body("size", equalTo(20))
        .body("items.size()", lessThanOrEqualTo(20));
  }

  @Test
  void aPartnerAdminListsOnlyTheirOwnOrganization() {
    UUID own = createOrganization("Own Org");
    createOrganization("Someone Else's Org");

    as(DevTokens.partnerAdmin(own))
        .get(BASE + "/organizations")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(own.toString()));
  }

  @Test
  void onlyAgentsEnrolOrganizations() {
    UUID organization = createOrganization("Already In");
    for (String token :
        new String[] {DevTokens.partnerAdmin(organization), DevTokens.person(UUID.randomUUID())}) {
      as(token)
          .body(CONTOSO)
          .post(BASE + "/organizations")
          .then()
          .statusCode(403)
          .contentType(PROBLEM)
          .body("code", equalTo("forbidden"));
    }
  }

  @Test
  void requestsWithoutAValidTokenAreUnauthenticated() {
    given()
        .contentType(ContentType.JSON)
        .body(CONTOSO)
        .post(BASE + "/organizations")
        .then()
        .statusCode(401)
        .contentType(PROBLEM)
        .body("code", equalTo("unauthenticated"));
    for (String token :
        new String[] {DevTokens.expiredAgent(), DevTokens.unsignedAgent(), "not.a.token"}) {
      as(token)
          .body(CONTOSO)
          .post(BASE + "/organizations")
          .then()
          .statusCode(401)
          .contentType(PROBLEM)
          .header("WWW-Authenticate", startsWith("Bearer"));
    }
  }

  @Test
  void aPartnerAdminTokenWithoutAnOrganizationIsRefused() {
    String withoutOrg =
        DevTokens.sign(DevTokens.claims("admin-x", "partner-admin", null, Duration.ofHours(1)));
    as(withoutOrg).get(BASE + "/organizations").then().statusCode(403).contentType(PROBLEM);
  }

  @Test
  void problemsCarryTheRequestPath() {
    UUID nobody = UUID.randomUUID();
    asAgent()
        .get(BASE + "/organizations/{id}", nobody)
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("code", equalTo("organization-not-found"))
        .body("instance", endsWith("/organizations/" + nobody));
  }
}
