package org.attain.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.associate;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.attain.bootstrap.support.Api.createPerson;
import static org.attain.bootstrap.support.Api.leave;
import static org.attain.bootstrap.support.Api.recordExam;
import static org.attain.bootstrap.support.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.Api;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * R4, R5, R8 and R6 through HTTP on the real wiring, walking one organization: a network member
 * refused Silver, a person joins, Silver bought and shown, Gold bought on a new term and shown;
 * then a person leaves and the Gold competency stays shown until the term's renewal window ends.
 * The public profile and search never name a person.
 */
@QuarkusTest
class R4R8MembershipWalkEndToEndTest {

  @Inject AdjustableClock clock;

  private LocalDate started;

  @AfterEach
  void backToTheDayTheTestStarted() {
    if (started != null) {
      clock.set(started);
    }
  }

  @Test
  void R8_oneOrganizationWalksFromNetworkToSilverToGoldAndKeepsShowingGoldUntilTheTermEnds() {
    started = clock.today();
    String word = unique("walk").replace("-", "");
    UUID contoso = createOrganization("Contoso " + word);
    String admin = DevTokens.partnerAdmin(contoso);
    as(admin)
        .body(profile())
        .put(BASE + "/organizations/{id}/profile", contoso)
        .then()
        .statusCode(200);
    Api.reportAzureConsumption(contoso, clock.today(), "15000.00");

    // R4: a network member is refused Silver with the reasons and the closest competencies.
    buy(admin, contoso, "SILVER")
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("membership-requirement-not-met"))
        .body("closestCompetencies.competency", hasItem("cloud-platform"));
    publicProfile(contoso).body("competencies", empty());

    // A certified person joins: Silver is bought and its competency shown.
    UUID ana = createPerson("Ana Walker");
    recordExam(ana, "70-533");
    associate(ana, contoso).statusCode(200);
    buy(admin, contoso, "SILVER").statusCode(201).body("level", equalTo("SILVER"));
    publicProfile(contoso)
        .body("competencies.id", contains("cloud-platform"))
        .body("competencies.level", contains("SILVER"));
    search(word, "cloud-platform", "SILVER").body("total", equalTo(1));
    search(word, "cloud-platform", "GOLD").body("total", equalTo(0));

    // Enough for Gold a month later: a second certified person and USD 100,000 of consumption.
    clock.advance(Period.ofDays(30));
    LocalDate upgradeDay = clock.today();
    UUID bruno = createPerson("Bruno Walker");
    recordExam(bruno, "70-532");
    associate(bruno, contoso).statusCode(200);
    Api.reportAzureConsumption(contoso, upgradeDay, "100000.00");
    String windowEnd =
        buy(admin, contoso, "GOLD")
            .statusCode(201)
            .body("level", equalTo("GOLD"))
            .body("term.startsOn", equalTo(upgradeDay.toString()))
            .body("purchases", hasSize(2))
            .body("purchases[1].kind", equalTo("UPGRADE"))
            .body("purchases[1].charged.amount", equalTo("3945.00"))
            .extract()
            .path("term.renewalWindowEndsOn");
    // Gold first; the two persons' exams also make Application Development Silver.
    publicProfile(contoso)
        .body("competencies.id", contains("cloud-platform", "application-development"))
        .body("competencies.level", contains("GOLD", "SILVER"));
    search(word, "cloud-platform", "GOLD").body("total", equalTo(1));

    // R6: Bruno leaves; Cloud Platform Gold and Application Development are no longer attained,
    // yet both stay shown until the term's renewal window ends.
    leave(bruno).statusCode(200);
    as(admin)
        .get(BASE + "/organizations/{id}/competencies/cloud-platform", contoso)
        .then()
        .statusCode(200)
        .body("level", equalTo("SILVER"));
    publicProfile(contoso).body("competencies.level", contains("GOLD", "SILVER"));
    clock.set(LocalDate.parse(windowEnd));
    publicProfile(contoso)
        .body("competencies.id", contains("cloud-platform", "application-development"))
        .body("competencies.level", contains("GOLD", "SILVER"));
    search(word, "application-development", "SILVER").body("total", equalTo(1));
    String found =
        search(word, "cloud-platform", "GOLD")
            .body("total", equalTo(1))
            .body("items[0].competencies.level", contains("GOLD", "SILVER"))
            .extract()
            .asString();
    String shown = publicProfile(contoso).extract().asString();
    assertThat(found + shown).doesNotContain("Ana Walker", "Bruno Walker", "@", "email");

    clock.advance(Period.ofDays(1));
    publicProfile(contoso).body("competencies", empty());
    search(word, "cloud-platform", null).body("total", equalTo(0));
    search(word, null, null).body("total", equalTo(1));
  }

  private static ValidatableResponse buy(String admin, UUID organization, String level) {
    return as(admin)
        .body(Map.of("level", level))
        .post(BASE + "/organizations/{id}/membership/purchases", organization)
        .then();
  }

  private static ValidatableResponse publicProfile(UUID organization) {
    return given()
        .accept("application/json")
        .get(BASE + "/profiles/{id}", organization)
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse search(String text, String competency, String level) {
    var request = given().accept("application/json").queryParam("q", text);
    if (competency != null) {
      request.queryParam("competency", competency);
    }
    if (level != null) {
      request.queryParam("level", level);
    }
    return request.get(BASE + "/profiles").then().statusCode(200);
  }

  private static Map<String, Object> profile() {
    return Map.of(
        "description",
        "Cloud migrations for retail.",
        "locations",
        List.of(Map.of("country", "PT", "city", "Porto")),
        "industries",
        List.of("Retail"));
  }
}
