package org.attain.adapter.rest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The generated OpenAPI document describes the API, its bearer scheme and its problems. */
@QuarkusTest
class OpenApiDocumentTest {

  @Test
  void documentsTheBearerSchemeAndProblemAnswers() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("Attain API"))
        .body("components.securitySchemes", hasKey("bearer"))
        .body("components.securitySchemes", not(hasKey("SecurityScheme")))
        .body("components.schemas", hasKey("Problem"))
        .body(
            "paths.'/api/v1/persons/{personId}/association'.put.responses.'422'.content",
            hasKey("application/problem+json"))
        .body(
            "paths.'/api/v1/organizations'.post.responses.'401'.content",
            hasKey("application/problem+json"))
        .body("paths.'/api/v1/organizations'.get.security[0]", hasKey("bearer"));
  }

  @Test
  void documentsThePublicCatalogAndItsStepKinds() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths.'/api/v1/catalog'.get", not(hasKey("security")))
        .body("paths.'/api/v1/catalog'.get.responses", not(hasKey("401")))
        .body("paths.'/api/v1/catalog/versions'.post.security[0]", hasKey("bearer"))
        .body(
            "paths.'/api/v1/catalog/versions'.post.responses.'422'.content",
            hasKey("application/problem+json"))
        .body("components.schemas.Step.discriminator.propertyName", equalTo("kind"))
        .body(
            "components.schemas.CertifiedIndividualsStep.properties.kind.enum[0]",
            equalTo("certifiedIndividuals"))
        .body("components.schemas", hasKey("Money"))
        .body(
            "paths.'/api/v1/organizations/{organizationId}/competencies/{competencyId}'.get.security[0]",
            hasKey("bearer"));
  }

  @Test
  void documentsTheAlertsAndTheCompetencyHistoryUnderTheirTags() {
    String alerts = "paths.'/api/v1/organizations/{organizationId}/alerts";
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("tags.name", hasItems("Alerts", "Competency history"))
        .body(alerts + "'.get.tags", contains("Alerts"))
        .body(alerts + "/{alertId}'.get.security[0]", hasKey("bearer"))
        .body(
            alerts + "/{alertId}/acknowledgement'.post.responses.'403'.content",
            hasKey("application/problem+json"))
        .body(
            "paths.'/api/v1/organizations/{organizationId}/competency-history'.get.tags",
            contains("Competency history"))
        .body("components.schemas.AlertResponse.properties", hasKey("lapsesOn"))
        .body("components.schemas.AlertResponse.properties", hasKey("acknowledgedBy"));
  }

  @Test
  void documentsTheAgentsListOfOrganizationsAtRiskAndItsHorizon() {
    String atRisk = "paths.'/api/v1/at-risk'.get";
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(atRisk + ".tags", contains("Organizations at risk"))
        .body(atRisk + ".security[0]", hasKey("bearer"))
        .body(atRisk + ".responses.'400'.content", hasKey("application/problem+json"))
        .body(atRisk + ".responses.'403'.content", hasKey("application/problem+json"))
        .body(
            atRisk + ".parameters.find { it.name == 'lapsingWithinDays' }.schema.maximum",
            equalTo(366))
        .body("components.schemas.OrganizationAtRiskResponse.properties", hasKey("daysLeft"))
        .body(
            "components.schemas.OrganizationAtRiskResponse.properties", not(hasKey("keyPersons")));
  }
}
