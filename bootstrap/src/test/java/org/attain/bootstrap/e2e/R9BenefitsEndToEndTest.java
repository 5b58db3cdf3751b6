package org.attain.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.asAgent;
import static org.attain.bootstrap.support.Api.associate;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.attain.bootstrap.support.Api.createPerson;
import static org.attain.bootstrap.support.Api.recordExam;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.Api;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * R9 through HTTP on the real wiring and the catalog that migration V7 stores: a network member
 * sees only the network offers, buys Silver and sees the Silver ones with the action pack first,
 * claims it once at USD 475, and no other organization's admin reads or claims anything of it.
 */
@QuarkusTest
class R9BenefitsEndToEndTest {

  @Inject AdjustableClock clock;

  @Test
  void R9_aNetworkMemberBuysSilverThenClaimsTheActionPackOncePerTerm() {
    given()
        .get(BASE + "/benefits")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo("action-pack"))
        .body("items[0].price.amount", equalTo("475.00"))
        .body("items[0].value", equalTo("about USD 20,000 of internal-use rights"));
    UUID contoso = createOrganization("Benefits Contoso");
    String admin = DevTokens.partnerAdmin(contoso);
    LocalDate day = clock.today();

    as(admin)
        .get(BASE + "/organizations/{id}/benefits", contoso)
        .then()
        .statusCode(200)
        .body("level", equalTo("NETWORK"))
        .body("claimPeriodStartsOn", equalTo(LocalDate.of(day.getYear(), 1, 1).toString()))
        .body("offers.offer.id", contains("marketing-profile"))
        .body("offers.offer.membership", contains("NETWORK"));
    claim(admin, contoso, "action-pack")
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("benefit-not-entitled"));

    buySilver(contoso, admin);
    as(admin)
        .get(BASE + "/organizations/{id}/benefits", contoso)
        .then()
        .statusCode(200)
        .body("level", equalTo("SILVER"))
        .body("claimPeriodStartsOn", equalTo(day.toString()))
        .body(
            "offers.offer.id",
            contains(
                "action-pack", "marketing-profile", "silver-competencies-shown", "azure-credits"))
        .body("offers.offer.id", not(hasItem("gold-competencies-shown")))
        .body("offers.claimed", not(hasItem(true)));

    claim(admin, contoso, "action-pack")
        .statusCode(201)
        .body("offerId", equalTo("action-pack"))
        .body("claimedOn", equalTo(day.toString()))
        .body("price.amount", equalTo("475.00"))
        .body("price.currency", equalTo("USD"));
    claim(admin, contoso, "action-pack")
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("benefit-already-claimed"));
    as(admin)
        .get(BASE + "/organizations/{id}/benefits", contoso)
        .then()
        .body("offers[0].claimed", equalTo(true))
        .body("offers[0].claimedOn", equalTo(day.toString()));
    asAgent()
        .get(BASE + "/organizations/{id}/benefit-claims", contoso)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].offerId", equalTo("action-pack"))
        .body("items[0].price.amount", equalTo("475.00"));

    String stranger = DevTokens.partnerAdmin(createOrganization("Benefits Stranger"));
    as(stranger)
        .get(BASE + "/organizations/{id}/benefits", contoso)
        .then()
        .statusCode(403)
        .body("code", equalTo("access-denied"));
    claim(stranger, contoso, "marketing-profile").statusCode(403);
    as(stranger)
        .get(BASE + "/organizations/{id}/benefit-claims", contoso)
        .then()
        .statusCode(403)
        .body("code", equalTo("access-denied"));
  }

  private static io.restassured.response.ValidatableResponse claim(
      String token, UUID organization, String offer) {
    return as(token)
        .post(BASE + "/organizations/{id}/benefits/{offer}/claims", organization, offer)
        .then();
  }

  /** A certified person joins, the consumption is reported, and the admin buys Silver. */
  private void buySilver(UUID organization, String admin) {
    UUID ana = createPerson("Ana Beneficio");
    recordExam(ana, "70-533");
    associate(ana, organization).statusCode(200);
    Api.reportAzureConsumption(organization, clock.today(), "15000.00");
    as(admin)
        .body(Map.of("level", "SILVER"))
        .post(BASE + "/organizations/{id}/membership/purchases", organization)
        .then()
        .statusCode(201);
  }
}
