package org.attain.bootstrap.e2e;

import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.asAgent;
import static org.attain.bootstrap.support.Api.associate;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.attain.bootstrap.support.Api.createPerson;
import static org.attain.bootstrap.support.Api.recordExam;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.Api;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * R4 and R5 through HTTP on the real wiring: a network member is refused Silver with the closest
 * competencies, qualifies once a certified person joins and its consumption is reported, buys
 * Silver and reads its term.
 */
@QuarkusTest
class R4MembershipEndToEndTest {

  @Inject AdjustableClock clock;

  @Test
  void R4_aNetworkMemberIsRefusedSilverUntilAPersonJoinsThenBuysItAndReadsItsTerm() {
    UUID contoso = createOrganization("Membership Contoso");
    String admin = DevTokens.partnerAdmin(contoso);

    as(admin)
        .get(BASE + "/organizations/{id}/membership", contoso)
        .then()
        .statusCode(200)
        .body("level", equalTo("NETWORK"))
        .body("renewal.reason", equalTo("not-a-paid-member"))
        .body("purchases", empty());
    reportAzureConsumption(contoso, "15000.00");
    as(admin)
        .body(Map.of("level", "SILVER"))
        .post(BASE + "/organizations/{id}/membership/purchases", contoso)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("membership-requirement-not-met"))
        .body("detail", containsString("Silver or Gold"))
        .body("closestCompetencies[0].competency", equalTo("cloud-platform"))
        .body("closestCompetencies[0].level", equalTo("SILVER"))
        .body("closestCompetencies[0].option", equalTo("Azure consumption"))
        .body("closestCompetencies[0].percentComplete", equalTo(50))
        .body(
            "closestCompetencies[0].missing",
            contains(startsWith("1 more person holding 70-532 or 70-533")));

    UUID ana = createPerson("Ana Membro");
    recordExam(ana, "70-533");
    associate(ana, contoso).statusCode(200);
    LocalDate day = clock.today();

    as(admin)
        .body(Map.of("level", "SILVER"))
        .post(BASE + "/organizations/{id}/membership/purchases", contoso)
        .then()
        .statusCode(201)
        .header("Location", endsWith("/organizations/" + contoso + "/membership"))
        .body("level", equalTo("SILVER"))
        .body("term.startsOn", equalTo(day.toString()))
        .body("term.endsOn", equalTo(day.plusYears(1).minusDays(1).toString()))
        .body("purchases[0].kind", equalTo("NEW"))
        .body("purchases[0].charged.amount", equalTo("1670.00"))
        .body("purchases[0].charged.currency", equalTo("USD"))
        .body("purchases[0].qualifiedBy", contains("cloud-platform"));

    clock.advance(Period.ofDays(10));
    as(admin)
        .get(BASE + "/organizations/{id}/membership", contoso)
        .then()
        .statusCode(200)
        .body("level", equalTo("SILVER"))
        .body("asOf", equalTo(day.plusDays(10).toString()))
        .body(
            "daysLeft",
            equalTo((int) (day.plusYears(1).toEpochDay() - day.plusDays(10).toEpochDay())))
        .body("renewal.possible", equalTo(false))
        .body("renewal.reason", equalTo("renewal-not-yet-open"))
        .body("purchases.level", contains("SILVER"));
  }

  @Test
  void aPartnerAdminOfAnotherOrganizationCannotBuyOrReadItsMembership() {
    UUID organization = createOrganization("Membership Private");
    String stranger = DevTokens.partnerAdmin(createOrganization("Membership Stranger"));

    as(stranger)
        .body(Map.of("level", "SILVER"))
        .post(BASE + "/organizations/{id}/membership/purchases", organization)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("access-denied"));
    as(stranger)
        .get(BASE + "/organizations/{id}/membership", organization)
        .then()
        .statusCode(403)
        .body("code", equalTo("access-denied"));
    asAgent()
        .get(BASE + "/organizations/{id}/membership", organization)
        .then()
        .statusCode(200)
        .body("level", equalTo("NETWORK"))
        .body("purchases", empty());
  }

  private void reportAzureConsumption(UUID organization, String usd) {
    Api.reportAzureConsumption(organization, clock.today(), usd);
  }
}
