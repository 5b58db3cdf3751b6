package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.anonymousGet;
import static org.attain.adapter.rest.web.Http.associate;
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
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R1, R2 through HTTP: the level held in each competency, the progress and who contributes. */
@QuarkusTest
class CompetencyFlowTest {

  static final String CLOUD = "competencies.find { it.id == 'cloud-platform' }";

  @Test
  void cloudPlatformSilverComesOnceTheConsumptionReachesTheMarketsThreshold() {
    String contoso = createOrganization("Contoso Azure");
    String ana = createPerson("Ana Azure");
    recordAchievement(ana, "70-533");
    associate(ana, contoso);

    get(Tokens.adminOf(contoso), competencies(contoso))
        .statusCode(200)
        .body("organizationId", equalTo(contoso))
        .body("date", equalTo("2025-04-01"))
        .body("catalogVersion", equalTo(1))
        .body("competencies", hasSize(18))
        .body(CLOUD + ".name", equalTo("Cloud Platform"))
        .body(CLOUD + ".path", equalTo("CLOUD_PLATFORM"))
        .body(CLOUD + ".level", equalTo("NONE"))
        .body(CLOUD + ".silver.met", equalTo(false))
        .body(CLOUD + ".silver.metBy", nullValue())
        .body(CLOUD + ".silver.closest.option", equalTo("Azure consumption"))
        .body(CLOUD + ".silver.closest.stepsMet", equalTo(1))
        .body(CLOUD + ".silver.closest.steps", equalTo(2))
        .body(CLOUD + ".silver.closest.personsMissing", equalTo(0))
        .body(CLOUD + ".gold.closest.personsMissing", equalTo(1));
    get(Tokens.adminOf(contoso), competencies(contoso) + "/cloud-platform")
        .statusCode(200)
        .body("id", equalTo("cloud-platform"))
        .body("level", equalTo("NONE"))
        .body("silver.options[0].steps[0].kind", equalTo("performance"))
        .body("silver.options[0].steps[0].metric", equalTo("AZURE_CONSUMPTION_USD_TTM"))
        .body("silver.options[0].steps[0].unit", equalTo("USD"))
        .body("silver.options[0].steps[0].required.amount", equalTo("15000.00"))
        .body("silver.options[0].steps[0].required.currency", equalTo("USD"))
        .body("silver.options[0].steps[0].achieved.amount", equalTo("0.00"))
        .body("silver.options[0].steps[0].countingReport", nullValue())
        .body("silver.options[0].steps[0].met", equalTo(false))
        .body("silver.options[0].steps[1].kind", equalTo("certifiedIndividuals"))
        .body("silver.options[0].steps[1].required", equalTo(1))
        .body("silver.options[0].steps[1].achieved", equalTo(1))
        .body("silver.options[0].steps[1].missing", equalTo(0))
        .body("silver.options[0].steps[1].qualification.tracks[1]", contains("70-533"))
        .body("silver.options[0].steps[1].ofWhom", nullValue())
        .body("silver.options[0].steps[1].contributors.personId", contains(ana))
        .body("silver.options[0].steps[1].contributors.name", contains("Ana Azure"))
        .body("gold.options[0].steps[1].missing", equalTo(1));

    post(
            Tokens.agent(),
            ORGANIZATIONS + "/" + contoso + "/metrics",
            metric("AZURE_CONSUMPTION_USD_TTM", "\"15000\""))
        .statusCode(201);

    get(Tokens.adminOf(contoso), competencies(contoso))
        .statusCode(200)
        .body(CLOUD + ".level", equalTo("SILVER"))
        .body(CLOUD + ".silver.met", equalTo(true))
        .body(CLOUD + ".silver.metBy", equalTo("Azure consumption"))
        .body(CLOUD + ".silver.closest.stepsMet", equalTo(2))
        .body(CLOUD + ".gold.met", equalTo(false));
    get(Tokens.agent(), competencies(contoso) + "/cloud-platform")
        .statusCode(200)
        .body("level", equalTo("SILVER"))
        .body("silver.met", equalTo(true))
        .body("silver.metBy", equalTo("Azure consumption"))
        .body("silver.options[0].steps[0].achieved.amount", equalTo("15000.00"))
        .body("silver.options[0].steps[0].countingReport.periodStart", equalTo("2024-04-01"))
        .body("silver.options[0].steps[0].countingReport.periodEnd", equalTo("2025-03-31"));
    get(Tokens.adminOf(contoso), competencies(contoso) + "/cloud-platform?asOf=2025-03-30")
        .statusCode(200)
        .body("date", equalTo("2025-03-30"))
        .body("level", equalTo("NONE"))
        .body("silver.options[0].steps[1].contributors", empty());
  }

  @Test
  void theDevelopingMarketsLowerThresholdIsTheOneShown() {
    String tailspin =
        post(
                Tokens.agent(),
                ORGANIZATIONS,
                """
                {"name":"Tailspin Developing","country":"BR","market":"DEVELOPING",
                 "admins":[{"name":"Admin","email":"admin@tailspin.example"}]}""")
            .statusCode(201)
            .extract()
            .path("id");

    get(Tokens.adminOf(tailspin), competencies(tailspin) + "/cloud-platform")
        .statusCode(200)
        .body("silver.options[0].steps[0].required.amount", equalTo("10000.00"));
    get(Tokens.adminOf(tailspin), competencies(tailspin) + "/data-analytics")
        .statusCode(200)
        .body("silver.options[2].name", equalTo("Power BI"))
        .body("silver.options[2].steps[1].unit", equalTo("COUNT"))
        .body("silver.options[2].steps[1].required", equalTo(250))
        .body("silver.options[2].steps[1].achieved", equalTo(0));
  }

  @Test
  void anOfWhomStepNamesWhoAlsoHoldsTheOtherCredential() {
    String fabrikam = createOrganization("Fabrikam DevOps");
    String rui = createPerson("Rui DevOps");
    String eva = createPerson("Eva DevOps");
    for (String person : new String[] {rui, eva}) {
      recordAchievement(person, "70-496");
      recordAchievement(person, "70-498");
      associate(person, fabrikam);
    }
    recordAchievement(eva, "PSM I");

    get(Tokens.adminOf(fabrikam), competencies(fabrikam) + "/devops")
        .statusCode(200)
        .body("level", equalTo("SILVER"))
        .body("silver.options[0].steps[0].achieved", equalTo(2))
        .body("silver.options[0].steps[0].qualification.tracks[0]", contains("70-496", "70-498"))
        .body("silver.options[0].steps[0].ofWhom.required", equalTo(1))
        .body("silver.options[0].steps[0].ofWhom.achieved", equalTo(1))
        .body("silver.options[0].steps[0].ofWhom.qualification.tracks[0]", contains("PSM I"))
        .body("silver.options[0].steps[0].ofWhom.contributors.personId", contains(eva))
        .body("silver.options[0].steps[0].contributors", hasSize(2))
        .body("gold.options[0].steps[0].missing", equalTo(2));
  }

  @Test
  void aGoldOnlyCompetencyHasNoSilver() {
    String northwind = createOrganization("Northwind Erp");

    get(Tokens.agent(), competencies(northwind))
        .statusCode(200)
        .body("competencies.find { it.id == 'enterprise-resource-planning' }.silver", nullValue())
        .body(
            "competencies.find { it.id == 'enterprise-resource-planning' }.gold.met",
            equalTo(false));
    get(Tokens.agent(), competencies(northwind) + "/enterprise-resource-planning")
        .statusCode(200)
        .body("silver", nullValue())
        .body("gold.options[0].name", equalTo("License revenue"));
  }

  @Test
  void onlyAgentsAndTheOrganizationsAdminsReadItsCompetencies() {
    String contoso = createOrganization("Contoso Private");
    String fabrikam = createOrganization("Fabrikam Private");
    String lia = createPerson("Lia Private");

    problem(get(Tokens.adminOf(fabrikam), competencies(contoso)), 403, "access-denied");
    problem(
        get(Tokens.adminOf(fabrikam), competencies(contoso) + "/cloud-platform"),
        403,
        "access-denied");
    problem(get(Tokens.person(lia), competencies(contoso)), 403, "forbidden");
    problem(anonymousGet(competencies(contoso)), 401, "unauthenticated");
  }

  @Test
  void unknownCompetenciesOrganizationsAndMalformedDaysAreProblems() {
    String contoso = createOrganization("Contoso Unknown");

    problem(
        get(Tokens.agent(), competencies(contoso) + "/no-such-competency"),
        404,
        "competency-not-found");
    problem(
        get(Tokens.agent(), competencies(contoso) + "/Not_A_Slug"), 404, "competency-not-found");
    problem(
        get(Tokens.agent(), competencies(UUID.randomUUID().toString())),
        404,
        "organization-not-found");
    problem(get(Tokens.agent(), competencies(contoso) + "?asOf=2025-4-1"), 400, "validation-failed")
        .body("errors.field", contains("asOf"));
    problem(
            get(Tokens.agent(), competencies(contoso) + "/devops?asOf=2025-04-31"),
            400,
            "validation-failed")
        .body("errors.field", contains("asOf"));
    problem(
        get(Tokens.agent(), competencies(contoso) + "?asOf=2016-12-31"),
        422,
        "no-catalog-in-force");
  }

  static String competencies(String organizationId) {
    return ORGANIZATIONS + "/" + organizationId + "/competencies";
  }

  static String metric(String metric, String value) {
    return """
        {"metric":"%s","value":%s,"periodStart":"2024-04-01","periodEnd":"2025-03-31"}"""
        .formatted(metric, value);
  }
}
