package org.attain.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.asAgent;
import static org.attain.bootstrap.support.Api.associate;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.attain.bootstrap.support.Api.createPerson;
import static org.attain.bootstrap.support.Api.leave;
import static org.attain.bootstrap.support.Api.recordExam;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.Api;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.Test;

/** R1 and R2 through HTTP, against the default catalog the service seeds on its first start. */
@QuarkusTest
class CompetenciesEndToEndTest {

  private static final String CLOUD_PLATFORM = "cloud-platform";

  @Inject AdjustableClock clock;

  @Test
  void R1_silverInCloudPlatformOnlyOnceTheMetricReachesTheThreshold_andAMoveDropsIt() {
    UUID contoso = createOrganization("Cloud Contoso");
    UUID fabrikam = createOrganization("Cloud Fabrikam");
    UUID ana = createPerson("Ana Nuvem");
    recordExam(ana, "70-533");
    associate(ana, contoso).statusCode(200);

    reportAzureConsumption(contoso, "14999.99");
    assertThat(levelIn(contoso), "NONE");

    reportAzureConsumption(contoso, "15000.00");
    assertThat(levelIn(contoso), "SILVER");
    LocalDate silverDay = clock.today();

    clock.advance(Period.ofDays(30));
    associate(ana, fabrikam).statusCode(200);

    assertThat(levelIn(contoso), "NONE");
    JsonPath detail = detail(contoso, null);
    assertThat(detail.getString("level"), "NONE");
    assertThat(
        detail.getString(
            "silver.options[0].steps.find { it.kind == 'certifiedIndividuals' }.missing"),
        "1");
    assertThat(
        detail.getString(
            "silver.options[0].steps.find { it.kind == 'performance' }.achieved.amount"),
        "15000.00");

    assertThat(detail(contoso, silverDay).getString("level"), "SILVER");
  }

  /** Today's answer is kept between changes: each change must still show at the next read. */
  @Test
  void R1_todaysCompetenciesReadAgainAndAgainShowEachChangeAtOnce() {
    UUID organization = createOrganization("Kept Competencies");
    UUID carla = createPerson("Carla Mantida");
    associate(carla, organization).statusCode(200);
    reportAzureConsumption(organization, "15000.00");
    assertThat(levelIn(organization), "NONE");
    assertThat(levelIn(organization), "NONE");

    recordExam(carla, "70-533");
    assertThat(levelIn(organization), "SILVER");
    assertThat(levelIn(organization), "SILVER");

    leave(carla).statusCode(200);
    assertThat(levelIn(organization), "NONE");
  }

  @Test
  void R2_theDetailNamesThePersonsWhoFillEachStep() {
    UUID organization = createOrganization("Named Contributors");
    UUID bruno = createPerson("Bruno Contribui");
    recordExam(bruno, "70-532");
    associate(bruno, organization).statusCode(200);
    reportAzureConsumption(organization, "20000.00");

    as(DevTokens.partnerAdmin(organization))
        .get(BASE + "/organizations/{id}/competencies/{competency}", organization, CLOUD_PLATFORM)
        .then()
        .statusCode(200)
        .body("silver.met", equalTo(true))
        .body("silver.metBy", equalTo("Azure consumption"))
        .body(
            "silver.options[0].steps.find { it.kind == 'certifiedIndividuals' }.contributors.name",
            contains("Bruno Contribui"))
        .body("gold.met", equalTo(false));
  }

  @Test
  void R1_theDefaultCatalogIsPublicAndHoldsEighteenCompetencies() {
    given()
        .get(BASE + "/catalog")
        .then()
        .statusCode(200)
        .body("competencies", hasSize(18))
        .body(
            "competencies.find { it.id == 'enterprise-resource-planning' }.silver", equalTo(null));
  }

  @Test
  void aMalformedCatalogIsRefusedNamingTheFieldAndTheCatalogIsUnchanged() {
    Map<String, Object> catalog = given().get(BASE + "/catalog").then().extract().as(Map.class);
    int versions = given().get(BASE + "/catalog/versions").then().extract().path("total");
    String malformed =
        given()
            .get(BASE + "/catalog")
            .then()
            .extract()
            .asString()
            .replaceFirst("\"count\":1", "\"count\":-4")
            .replaceFirst("\"effectiveFrom\":\"[0-9-]+\"", "\"effectiveFrom\":\"2099-01-01\"");

    asAgent()
        .body(malformed)
        .post(BASE + "/catalog/versions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.matchesRegex("competencies\\[\\d+].*count"));

    given().get(BASE + "/catalog/versions").then().body("total", equalTo(versions));
    given().get(BASE + "/catalog").then().body("version", equalTo(catalog.get("version")));
  }

  @Test
  void onlyAgentsPublishCatalogsAndRecordMetrics() {
    UUID organization = createOrganization("No Self Reporting");
    String admin = DevTokens.partnerAdmin(organization);
    String catalog = given().get(BASE + "/catalog").then().extract().asString();

    as(admin).body(catalog).post(BASE + "/catalog/versions").then().statusCode(403);
    as(admin)
        .body(azureConsumption("99999999.00"))
        .post(BASE + "/organizations/{id}/metrics", organization)
        .then()
        .statusCode(403);
    as(admin)
        .get(BASE + "/organizations/{id}/metrics", organization)
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void anAdminOfAnotherOrganizationCannotReadItsCompetencies() {
    UUID organization = createOrganization("Private Progress");
    as(DevTokens.partnerAdmin(UUID.randomUUID()))
        .get(BASE + "/organizations/{id}/competencies", organization)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  private void reportAzureConsumption(UUID organization, String usd) {
    Api.reportAzureConsumption(organization, clock.today(), usd);
  }

  private Map<String, String> azureConsumption(String usd) {
    return Api.azureConsumption(clock.today(), usd);
  }

  private String levelIn(UUID organization) {
    return as(DevTokens.partnerAdmin(organization))
        .get(BASE + "/organizations/{id}/competencies", organization)
        .then()
        .statusCode(200)
        .extract()
        .path("competencies.find { it.id == '" + CLOUD_PLATFORM + "' }.level");
  }

  private JsonPath detail(UUID organization, LocalDate asOf) {
    var request = asAgent();
    if (asOf != null) {
      request = request.queryParam("asOf", asOf.toString());
    }
    return request
        .get(BASE + "/organizations/{id}/competencies/{competency}", organization, CLOUD_PLATFORM)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void assertThat(String actual, String expected) {
    org.assertj.core.api.Assertions.assertThat(actual).isEqualTo(expected);
  }
}
