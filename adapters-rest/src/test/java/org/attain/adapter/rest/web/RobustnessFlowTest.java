package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.anonymousGet;
import static org.attain.adapter.rest.web.Http.associate;
import static org.attain.adapter.rest.web.Http.buySilverThanksTo;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.createPerson;
import static org.attain.adapter.rest.web.Http.get;
import static org.attain.adapter.rest.web.Http.problem;
import static org.attain.adapter.rest.web.Http.recordAchievement;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 13 through HTTP: who each level and the membership rest on, and what would raise it. */
@QuarkusTest
class RobustnessFlowTest {

  static final String CLOUD_SILVER =
      "levels.find { it.competencyId == 'cloud-platform' && it.level == 'SILVER' }";

  @Test
  void aSilverMembershipCarriedByOneCertifiedPersonRestsOnThatKeyPerson() {
    String contoso = createOrganization("Contoso Robust");
    String ana = buySilverThanksTo("Ana Robust", contoso);

    get(Tokens.adminOf(contoso), robustness(contoso))
        .statusCode(200)
        .body("organizationId", equalTo(contoso))
        .body("date", equalTo("2025-04-01"))
        .body("catalogVersion", equalTo(1))
        .body("membership.level", equalTo("SILVER"))
        .body("membership.robustness.kind", equalTo("LOST_BY"))
        .body("membership.robustness.departures", equalTo(1))
        .body("membership.robustness.exact", equalTo(true))
        .body("membership.robustness.smallestSet.personId", contains(ana))
        .body("membership.robustness.smallestSet.name", contains("Ana Robust"))
        .body("membership.keyPersons.personId", contains(ana))
        .body("membership.raisedBy", hasItem(hasEntry("departuresThen", 2)))
        .body(CLOUD_SILVER + ".competencyName", equalTo("Cloud Platform"))
        .body(CLOUD_SILVER + ".robustness.departures", equalTo(1))
        .body(CLOUD_SILVER + ".keyPersons.name", contains("Ana Robust"))
        .body(CLOUD_SILVER + ".raisedBy.codes.flatten()", hasItem("70-533"))
        .body("keyPersons.personId", contains(ana))
        .body("keyPersons[0].membershipWouldRestOnNothing", equalTo(true))
        .body("keyPersons[0].wouldLose.competencyId", contains("cloud-platform"))
        .body("keyPersons[0].wouldLose[0].now", equalTo("SILVER"))
        .body("keyPersons[0].wouldLose[0].then", equalTo("NONE"))
        .body("summary", startsWith("Your Silver membership rests on one person: Ana Robust."));
  }

  @Test
  void aSecondHolderRaisesRobustnessToTwoAndNobodyIsKeyAnyMore() {
    String fabrikam = createOrganization("Fabrikam Robust");
    String rui = buySilverThanksTo("Rui Robust", fabrikam);
    String eva = createPerson("Eva Robust");
    recordAchievement(eva, "70-533");
    associate(eva, fabrikam);

    get(Tokens.agent(), robustness(fabrikam))
        .statusCode(200)
        .body("membership.robustness.departures", equalTo(2))
        .body("membership.robustness.smallestSet.personId", containsInAnyOrder(rui, eva))
        .body("membership.keyPersons", empty())
        .body("membership.raisedBy", empty())
        .body(CLOUD_SILVER + ".robustness.departures", equalTo(2))
        // Together they also make Application Development Silver, which each of them is key to.
        .body("keyPersons.membershipWouldRestOnNothing", everyItem(equalTo(false)))
        .body("keyPersons.wouldLose.flatten().competencyId", not(hasItem("cloud-platform")))
        .body("summary", startsWith("Your Silver membership survives any 1 departure;"));
  }

  @Test
  void aNetworkMemberHasNoMembershipBasisAndALevelNotHeldIsNotListed() {
    String northwind = createOrganization("Northwind Robust");

    get(Tokens.adminOf(northwind), robustness(northwind))
        .statusCode(200)
        .body("membership", nullValue())
        .body("levels", hasSize(0))
        .body("keyPersons", empty())
        .body("summary", equalTo("No competency level is held."));
  }

  @Test
  void onlyAgentsAndTheOrganizationsAdminsReadIt() {
    String contoso = createOrganization("Contoso Robust Private");
    String fabrikam = createOrganization("Fabrikam Robust Private");
    String lia = createPerson("Lia Robust");

    problem(get(Tokens.adminOf(fabrikam), robustness(contoso)), 403, "access-denied");
    problem(get(Tokens.person(lia), robustness(contoso)), 403, "forbidden");
    problem(anonymousGet(robustness(contoso)), 401, "unauthenticated");
    problem(
        get(Tokens.agent(), robustness(UUID.randomUUID().toString())),
        404,
        "organization-not-found");
    problem(get(Tokens.agent(), robustness(contoso) + "?asOf=2025-02-30"), 400, "validation-failed")
        .body("errors.field", contains("asOf"));
    problem(
        get(Tokens.agent(), robustness(contoso) + "?asOf=2016-12-31"), 422, "no-catalog-in-force");
  }

  private static org.hamcrest.Matcher<java.util.Map<? extends String, ?>> hasEntry(
      String key, Object value) {
    return org.hamcrest.Matchers.hasEntry(key, value);
  }

  static String robustness(String organizationId) {
    return ORGANIZATIONS + "/" + organizationId + "/robustness";
  }
}
