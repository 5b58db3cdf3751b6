package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.anonymousPost;
import static org.attain.adapter.rest.web.Http.buySilverThanksTo;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.createPerson;
import static org.attain.adapter.rest.web.Http.get;
import static org.attain.adapter.rest.web.Http.post;
import static org.attain.adapter.rest.web.Http.problem;
import static org.attain.adapter.rest.web.Http.recordAchievement;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 13 through HTTP: hypothetical changes answered by the same rules; nothing is stored. */
@QuarkusTest
class WhatIfFlowTest {

  static final String CLOUD = "competencies.find { it.competencyId == 'cloud-platform' }";
  static final String SILVER = "membership.purchase.find { it.level == 'SILVER' }";

  @Test
  void theKeyPersonLeavingWouldPutTheSilverRenewalAtRiskAndNothingIsStored() {
    String contoso = createOrganization("Contoso WhatIf");
    String ana = buySilverThanksTo("Ana WhatIf", contoso);
    String before = get(Tokens.adminOf(contoso), competencies(contoso)).extract().asString();

    post(Tokens.adminOf(contoso), whatIf(contoso), leaves(ana))
        .statusCode(200)
        .body("organizationId", equalTo(contoso))
        .body("date", equalTo("2025-04-01"))
        .body("catalogVersionNow", equalTo(1))
        .body(CLOUD + ".now", equalTo("SILVER"))
        .body(CLOUD + ".then", equalTo("NONE"))
        .body(CLOUD + ".changed", equalTo(true))
        .body("membership.level", equalTo("SILVER"))
        .body(SILVER + ".now", equalTo(true))
        .body(SILVER + ".then", equalTo(false))
        .body("membership.renewal.possible", equalTo(false))
        .body("alerts.kind", contains("RENEWAL_AT_RISK"))
        .body("alerts[0].level", equalTo("SILVER"))
        .body("alerts[0].raised", equalTo(true))
        .body("summary", startsWith("Cloud Platform would go from SILVER to NONE."));

    get(Tokens.adminOf(contoso), competencies(contoso)).body(equalTo(before));
    get(Tokens.adminOf(contoso), ORGANIZATIONS + "/" + contoso + "/alerts")
        .statusCode(200)
        .body(
            "items.kind",
            org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("RENEWAL_AT_RISK")));
  }

  @Test
  void aNewcomerWithTheExamAndAReportedMetricWouldEarnCloudPlatformSilver() {
    String fabrikam = createOrganization("Fabrikam WhatIf");

    post(
            Tokens.agent(),
            whatIf(fabrikam),
            """
            {"asOf":"2025-04-01","changes":[
              {"type":"PERSON_JOINS","achievements":[
                {"kind":"EXAM","code":"70-533","earnedOn":"2025-01-10"}]},
              {"type":"METRIC_REPORTED","metric":"AZURE_CONSUMPTION_USD_TTM","value":"15000.00",
               "periodStart":"2024-04-01","periodEnd":"2025-03-31"}]}""")
        .statusCode(200)
        .body(CLOUD + ".now", equalTo("NONE"))
        .body(CLOUD + ".then", equalTo("SILVER"))
        .body(SILVER + ".then", equalTo(true))
        .body("membership.level", equalTo("NETWORK"))
        .body("alerts", empty());
  }

  @Test
  void aRegisteredPersonJoiningKeepsTheMembershipAndWouldBeTheNewKeyPerson() {
    String northwind = createOrganization("Northwind WhatIf");
    String rui = buySilverThanksTo("Rui WhatIf", northwind);
    String eva = createPerson("Eva WhatIf");
    recordAchievement(eva, "70-533");

    post(
            Tokens.adminOf(northwind),
            whatIf(northwind),
            """
            {"changes":[{"type":"PERSON_JOINS","personId":"%s"},
                        {"type":"PERSON_LEAVES","personId":"%s"}]}"""
                .formatted(eva, rui))
        .statusCode(200)
        .body(CLOUD + ".then", equalTo("SILVER"))
        .body("competencies.findAll { it.changed }", hasSize(0))
        .body("alerts.kind", org.hamcrest.Matchers.contains("MEMBERSHIP_RESTS_ON_ONE_PERSON"))
        .body("alerts[0].keyPersons.name", org.hamcrest.Matchers.contains("Eva WhatIf"))
        .body("alerts[0].raised", equalTo(true));
  }

  @Test
  void unknownPersonsAreRefusedNamingTheChangeByItsIndex() {
    String contoso = createOrganization("Contoso WhatIf Unknown");
    String ana = buySilverThanksTo("Ana WhatIf Unknown", contoso);
    String stranger = createPerson("Stranger WhatIf");

    problem(
            post(
                Tokens.agent(),
                whatIf(contoso),
                """
                {"changes":[{"type":"PERSON_LEAVES","personId":"%s"},
                            {"type":"PERSON_LEAVES","personId":"%s"}]}"""
                    .formatted(ana, stranger)),
            422,
            "what-if-change-not-applicable")
        .body("errors.field", contains("changes[1].personId"));
    problem(
            post(
                Tokens.agent(),
                whatIf(contoso),
                """
                {"changes":[{"type":"ACHIEVEMENT_EARNED","personId":"%s","kind":"EXAM",
                  "code":"70-533","earnedOn":"2025-01-01"}]}"""
                    .formatted(stranger)),
            422,
            "what-if-change-not-applicable")
        .body("errors.field", contains("changes[0].personId"));
    problem(
            post(
                Tokens.agent(),
                whatIf(contoso),
                """
                {"changes":[{"type":"PERSON_JOINS","personId":"%s"}]}"""
                    .formatted(UUID.randomUUID())),
            422,
            "what-if-change-not-applicable")
        .body("errors.field", contains("changes[0].personId"));
    problem(
            post(
                Tokens.agent(),
                whatIf(contoso),
                "{\"changes\":[{\"type\":\"CATALOG_VERSION_USED\",\"version\":9}]}"),
            422,
            "what-if-change-not-applicable")
        .body("errors.field", contains("changes[0].version"));
  }

  @Test
  void badInputIsA400NamingTheField() {
    String contoso = createOrganization("Contoso WhatIf Bad");

    problem(post(Tokens.agent(), whatIf(contoso), "{\"changes\":[]}"), 400, "validation-failed")
        .body("errors.field", contains("changes"));
    problem(
        post(Tokens.agent(), whatIf(contoso), "{\"changes\":[{\"type\":\"PERSON_FLIES\"}]}"),
        400,
        "invalid-request");
    problem(
            post(Tokens.agent(), whatIf(contoso), "{\"changes\":[{\"type\":\"PERSON_LEAVES\"}]}"),
            400,
            "validation-failed")
        .body("errors.field", contains("changes[0].personId"));
    problem(
            post(
                Tokens.agent(),
                whatIf(contoso),
                """
                {"changes":[{"type":"PERSON_JOINS","achievements":[
                  {"kind":"EXAM","code":"70-533","earnedOn":"2025-01-10","expiresOn":"2025-01-01"}]}]}"""),
            400,
            "invalid-value")
        .body("errors.field[0]", startsWith("changes[0]."));
    problem(post(Tokens.agent(), whatIf(contoso), "{\"changes\":"), 400, "malformed-json");
  }

  @Test
  void onlyAgentsAndTheOrganizationsAdminsAsk() {
    String contoso = createOrganization("Contoso WhatIf Private");
    String fabrikam = createOrganization("Fabrikam WhatIf Private");
    String lia = createPerson("Lia WhatIf");

    problem(post(Tokens.adminOf(fabrikam), whatIf(contoso), leaves(lia)), 403, "access-denied");
    problem(post(Tokens.person(lia), whatIf(contoso), leaves(lia)), 403, "forbidden");
    problem(anonymousPost(whatIf(contoso), leaves(lia)), 401, "unauthenticated");
    problem(
        post(Tokens.agent(), whatIf(UUID.randomUUID().toString()), leaves(lia)),
        404,
        "organization-not-found");
  }

  static String leaves(String person) {
    return "{\"changes\":[{\"type\":\"PERSON_LEAVES\",\"personId\":\"" + person + "\"}]}";
  }

  static String whatIf(String organizationId) {
    return ORGANIZATIONS + "/" + organizationId + "/what-if";
  }

  static String competencies(String organizationId) {
    return ORGANIZATIONS + "/" + organizationId + "/competencies";
  }
}
