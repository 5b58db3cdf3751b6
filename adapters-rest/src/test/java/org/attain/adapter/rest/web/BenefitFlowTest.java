package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.anonymousGet;
import static org.attain.adapter.rest.web.Http.buySilverThanksTo;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.get;
import static org.attain.adapter.rest.web.Http.post;
import static org.attain.adapter.rest.web.Http.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** R9 through HTTP: the public catalog, entitlements by level, one claim per period, privacy. */
@QuarkusTest
class BenefitFlowTest {

  @Test
  void R9_theCatalogIsPublicPagedAndStartsWithTheActionPack() {
    anonymousGet("/api/v1/benefits")
        .statusCode(200)
        .body("total", equalTo(6))
        .body("items[0].id", equalTo("action-pack"))
        .body("items[0].membership", equalTo("SILVER"))
        .body("items[0].value", equalTo("about USD 20,000 of internal-use rights"))
        .body("items[0].price.amount", equalTo("475.00"))
        .body("items[0].price.currency", equalTo("USD"))
        .body("items[0].competency", nullValue())
        .body("items[1].price", nullValue())
        .body(
            "items.find { it.id == 'azure-credits' }.competency.competency",
            equalTo("cloud-platform"))
        .body("items.find { it.id == 'azure-credits' }.competency.level", equalTo("SILVER"));
    anonymousGet("/api/v1/benefits?page=1&size=4").statusCode(200).body("items", hasSize(2));
    problem(anonymousGet("/api/v1/benefits?size=0"), 400, "validation-failed");
  }

  @Test
  void R9_aSilverMemberSeesItsOffersClaimsTheActionPackOnceAndReadsWhatItWasCharged() {
    String contoso = createOrganization("Contoso Benefits");
    String admin = Tokens.adminOf(contoso);
    get(admin, benefits(contoso))
        .statusCode(200)
        .body("organizationId", equalTo(contoso))
        .body("level", equalTo("NETWORK"))
        .body("claimPeriodStartsOn", equalTo("2025-01-01"))
        .body("offers.offer.id", contains("marketing-profile"));
    problem(post(admin, claims(contoso, "action-pack"), ""), 422, "benefit-not-entitled");

    buySilver(contoso);
    get(admin, benefits(contoso))
        .statusCode(200)
        .body("level", equalTo("SILVER"))
        .body("claimPeriodStartsOn", equalTo("2025-04-01"))
        .body(
            "offers.offer.id",
            contains(
                "action-pack", "marketing-profile", "silver-competencies-shown", "azure-credits"))
        .body("offers[0].claimed", equalTo(false))
        .body("offers[0].claimedOn", nullValue());
    post(admin, claims(contoso, "action-pack"), "")
        .statusCode(201)
        .header("Location", endsWith(ORGANIZATIONS + "/" + contoso + "/benefit-claims"))
        .body("offerId", equalTo("action-pack"))
        .body("organizationId", equalTo(contoso))
        .body("claimedOn", equalTo("2025-04-01"))
        .body("claimPeriodStartsOn", equalTo("2025-04-01"))
        .body("price.amount", equalTo("475.00"));
    problem(post(admin, claims(contoso, "action-pack"), ""), 409, "benefit-already-claimed");

    get(admin, benefits(contoso))
        .statusCode(200)
        .body("offers[0].claimed", equalTo(true))
        .body("offers[0].claimedOn", equalTo("2025-04-01"))
        .body("offers[1].claimed", equalTo(false));
    get(Tokens.agent(), ORGANIZATIONS + "/" + contoso + "/benefit-claims")
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].offerId", equalTo("action-pack"))
        .body("items[0].price.amount", equalTo("475.00"))
        .body("items[0].price.currency", equalTo("USD"));
  }

  @Test
  void R9_anotherOrganizationsAdminReadsAndClaimsNothingOfIt() {
    String contoso = createOrganization("Contoso Benefits Own");
    String stranger = Tokens.adminOf(createOrganization("Fabrikam Benefits Own"));

    problem(get(stranger, benefits(contoso)), 403, "access-denied");
    problem(post(stranger, claims(contoso, "marketing-profile"), ""), 403, "access-denied");
    problem(get(stranger, ORGANIZATIONS + "/" + contoso + "/benefit-claims"), 403, "access-denied");
    problem(anonymousGet(benefits(contoso)), 401, "unauthenticated");
    get(Tokens.agent(), ORGANIZATIONS + "/" + contoso + "/benefit-claims")
        .statusCode(200)
        .body("items", empty());
  }

  @Test
  void unknownOrMalformedOffersAndOrganizationsAreProblems() {
    String contoso = createOrganization("Contoso Benefits Bad");

    problem(post(Tokens.agent(), claims(contoso, "no-such-offer"), ""), 404, "benefit-not-found");
    problem(post(Tokens.agent(), claims(contoso, "Action%20Pack"), ""), 400, "invalid-value");
    problem(
        get(Tokens.agent(), benefits("00000000-0000-0000-0000-000000000000")),
        404,
        "organization-not-found");
  }

  private static void buySilver(String organization) {
    buySilverThanksTo("Ana Benefits Silver", organization);
  }

  private static String benefits(String organization) {
    return ORGANIZATIONS + "/" + organization + "/benefits";
  }

  private static String claims(String organization, String offer) {
    return benefits(organization) + "/" + offer + "/claims";
  }
}
