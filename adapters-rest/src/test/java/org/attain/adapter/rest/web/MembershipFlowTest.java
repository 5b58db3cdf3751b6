package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.CompetencyFlowTest.metric;
import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.associate;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.createPerson;
import static org.attain.adapter.rest.web.Http.get;
import static org.attain.adapter.rest.web.Http.post;
import static org.attain.adapter.rest.web.Http.problem;
import static org.attain.adapter.rest.web.Http.recordAchievement;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** R4, R5 through HTTP: a refused purchase says why and what is closest; a bought one its term. */
@QuarkusTest
class MembershipFlowTest {

  private static final String CLOSEST_CLOUD =
      "closestCompetencies.find { it.competency == 'cloud-platform' }";

  @Test
  void aNetworkMemberIsRefusedSilverWithTheClosestCompetenciesThenBuysItOnceItQualifies() {
    String contoso = createOrganization("Contoso Membership");
    String ana = createPerson("Ana Membership");
    recordAchievement(ana, "70-533");
    associate(ana, contoso);

    get(Tokens.adminOf(contoso), membership(contoso))
        .statusCode(200)
        .body("organizationId", equalTo(contoso))
        .body("asOf", equalTo("2025-04-01"))
        .body("level", equalTo("NETWORK"))
        .body("term", nullValue())
        .body("daysLeft", equalTo(0))
        .body("renewal.possible", equalTo(false))
        .body("renewal.reason", equalTo("not-a-paid-member"))
        .body("purchases", empty());
    problem(
            post(Tokens.adminOf(contoso), purchases(contoso), level("SILVER")),
            422,
            "membership-requirement-not-met")
        .body(
            "detail",
            equalTo(
                "Silver membership needs at least one competency attained at Silver or Gold on"
                    + " 2025-04-01; none is"))
        .body("closestCompetencies", hasSize(3))
        .body(CLOSEST_CLOUD + ".level", equalTo("SILVER"))
        .body(CLOSEST_CLOUD + ".option", equalTo("Azure consumption"))
        .body(CLOSEST_CLOUD + ".percentComplete", equalTo(50))
        .body(
            CLOSEST_CLOUD + ".missing",
            contains("USD 15000.00 more of AZURE_CONSUMPTION_USD_TTM (0.00 of 15000.00)"));

    post(
            Tokens.agent(),
            ORGANIZATIONS + "/" + contoso + "/metrics",
            metric("AZURE_CONSUMPTION_USD_TTM", "\"15000\""))
        .statusCode(201);
    post(Tokens.adminOf(contoso), purchases(contoso), level("SILVER"))
        .statusCode(201)
        .header("Location", endsWith(membership(contoso)))
        .body("level", equalTo("SILVER"))
        .body("term.startsOn", equalTo("2025-04-01"))
        .body("term.endsOn", equalTo("2026-03-31"))
        .body("term.renewableFrom", equalTo("2026-03-02"))
        .body("term.renewalWindowEndsOn", equalTo("2026-04-30"))
        .body("daysLeft", equalTo(365))
        .body("renewal.reason", equalTo("renewal-not-yet-open"))
        .body("renewal.opensOn", equalTo("2026-03-02"))
        .body("purchases", hasSize(1))
        .body("purchases[0].kind", equalTo("NEW"))
        .body("purchases[0].level", equalTo("SILVER"))
        .body("purchases[0].on", equalTo("2025-04-01"))
        .body("purchases[0].charged.amount", equalTo("1670.00"))
        .body("purchases[0].charged.currency", equalTo("USD"))
        .body("purchases[0].qualifiedBy", contains("cloud-platform"));
    get(Tokens.agent(), membership(contoso))
        .statusCode(200)
        .body("level", equalTo("SILVER"))
        .body("purchases.kind", contains("NEW"));
    get(Tokens.agent(), membership(contoso) + "?asOf=2025-03-31")
        .statusCode(200)
        .body("level", equalTo("NETWORK"))
        .body("purchases", empty());
    problem(
            post(Tokens.agent(), purchases(contoso), level("GOLD")),
            422,
            "membership-requirement-not-met")
        .body("closestCompetencies.competency", hasItem("cloud-platform"));
    problem(post(Tokens.agent(), purchases(contoso), level("SILVER")), 422, "renewal-not-yet-open");
  }

  @Test
  void onlyTheOrganizationsAdminsAndAgentsBuyOrReadItsMembership() {
    String contoso = createOrganization("Contoso Membership Own");
    String fabrikam = createOrganization("Fabrikam Membership Own");

    problem(
        post(Tokens.adminOf(fabrikam), purchases(contoso), level("SILVER")), 403, "access-denied");
    problem(get(Tokens.adminOf(fabrikam), membership(contoso)), 403, "access-denied");
    problem(
        get(Tokens.person(createPerson("Pat Membership")), membership(contoso)), 403, "forbidden");
  }

  @Test
  void malformedPurchasesAreProblems() {
    String contoso = createOrganization("Contoso Membership Bad");

    problem(post(Tokens.agent(), purchases(contoso), "{}"), 400, "validation-failed")
        .body("errors.field", contains("level"));
    problem(post(Tokens.agent(), purchases(contoso), level("PLATINUM")), 400, "invalid-request");
    problem(
        post(Tokens.agent(), purchases(contoso), level("NETWORK")),
        422,
        "network-membership-is-free");
    problem(get(Tokens.agent(), membership(contoso) + "?asOf=tomorrow"), 400, "validation-failed");
  }

  private static String membership(String organization) {
    return ORGANIZATIONS + "/" + organization + "/membership";
  }

  private static String purchases(String organization) {
    return membership(organization) + "/purchases";
  }

  private static String level(String level) {
    return """
        {"level":"%s"}"""
        .formatted(level);
  }
}
