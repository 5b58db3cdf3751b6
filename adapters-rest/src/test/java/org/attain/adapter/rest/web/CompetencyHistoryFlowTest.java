package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.CompetencyFlowTest.metric;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.CompetencyState;
import org.attain.domain.risk.CompetencyStateChange;
import org.attain.domain.risk.RecordedCause;
import org.junit.jupiter.api.Test;

/**
 * R6 through HTTP: the competency history the real use cases record, oldest first, with each
 * change's day and cause; readable by the organization's admins and agents, paid or not.
 */
@QuarkusTest
class CompetencyHistoryFlowTest {

  private static final String CLOUD = "?competency=cloud-platform";

  @Inject InMemoryProgramme programme;

  @Test
  void r6_aJoinerStartsAMetricQualifiesAPurchaseActivatesOldestFirstWithTheirCauses() {
    String contoso = createOrganization("Contoso History");
    get(Tokens.adminOf(contoso), history(contoso))
        .statusCode(200)
        .body("items", empty())
        .body("total", equalTo(0));
    String ana = createPerson("Ana History");
    recordAchievement(ana, "70-533");
    associate(ana, contoso);
    get(Tokens.adminOf(contoso), history(contoso) + CLOUD)
        .statusCode(200)
        .body("items.state", contains("STARTED"))
        .body("items[0].level", equalTo("NONE"))
        .body("items[0].cause.kind", equalTo("person-joined"))
        .body("items[0].cause.description", containsString("Ana History"));

    post(
            Tokens.agent(),
            ORGANIZATIONS + "/" + contoso + "/metrics",
            metric("AZURE_CONSUMPTION_USD_TTM", "\"15000\""))
        .statusCode(201);
    get(Tokens.adminOf(contoso), history(contoso) + CLOUD)
        .statusCode(200)
        .body("items.state", contains("STARTED", "QUALIFIED"))
        .body("items[1].competencyId", equalTo("cloud-platform"))
        .body("items[1].level", equalTo("SILVER"))
        .body("items[1].until", nullValue())
        .body("items[1].day", equalTo("2025-04-01"))
        .body("items[1].cause.kind", equalTo("metric-reported"));

    post(
            Tokens.adminOf(contoso),
            ORGANIZATIONS + "/" + contoso + "/membership/purchases",
            "{\"level\":\"SILVER\"}")
        .statusCode(201);
    get(Tokens.agent(), history(contoso) + CLOUD)
        .statusCode(200)
        .body("items.state", contains("STARTED", "QUALIFIED", "ACTIVE"))
        .body("items[2].cause.kind", equalTo("membership-purchased"))
        .body("total", equalTo(3));
    get(Tokens.agent(), history(contoso) + CLOUD + "&page=1&size=2")
        .statusCode(200)
        .body("items.state", contains("ACTIVE"))
        .body("total", equalTo(3));
    get(Tokens.agent(), history(contoso))
        .statusCode(200)
        .body("items.competencyId", hasItem("cloud-platform"))
        .body("total", greaterThanOrEqualTo(3));
  }

  @Test
  void r6_anOverrideIsShownWithItsLastDay() {
    String contoso = createOrganization("Contoso History Override");
    programme
        .stores()
        .histories
        .append(
            List.of(
                new CompetencyStateChange(
                    new OrganizationId(UUID.fromString(contoso)),
                    new CompetencyId("devops"),
                    CompetencyState.OVERRIDDEN,
                    AttainedLevel.GOLD,
                    LocalDate.of(2025, 7, 1),
                    LocalDate.of(2025, 4, 1),
                    new RecordedCause("override-granted", "an agent granted GOLD"))));

    get(Tokens.adminOf(contoso), history(contoso) + "?competency=devops")
        .statusCode(200)
        .body("items.state", contains("OVERRIDDEN"))
        .body("items[0].level", equalTo("GOLD"))
        .body("items[0].until", equalTo("2025-07-01"))
        .body("items[0].cause.description", equalTo("an agent granted GOLD"));
  }

  @Test
  void onlyTheOrganizationsAdminsAndAgentsReadItAndBadParametersAreRefused() {
    String contoso = createOrganization("Contoso History Access");
    String fabrikam = createOrganization("Fabrikam History Access");

    problem(get(Tokens.adminOf(fabrikam), history(contoso)), 403, "access-denied");
    problem(get(Tokens.person(UUID.randomUUID().toString()), history(contoso)), 403, "forbidden");
    problem(anonymousGet(history(contoso)), 401, "unauthenticated");
    problem(
        get(Tokens.agent(), history(UUID.randomUUID().toString())), 404, "organization-not-found");
    problem(
        get(Tokens.agent(), ORGANIZATIONS + "/not-a-uuid/competency-history"), 404, "not-found");
    problem(get(Tokens.agent(), history(contoso) + "?competency=Not_A_Slug"), 400, "invalid-value")
        .body("errors[0].field", equalTo("competency"));
    problem(get(Tokens.agent(), history(contoso) + "?size=0"), 400, "validation-failed");
    problem(get(Tokens.agent(), history(contoso) + "?page=x"), 400, "validation-failed");
    get(Tokens.agent(), history(contoso) + "?competency=no-such-competency")
        .statusCode(200)
        .body("items", empty());
  }

  private static String history(String organization) {
    return ORGANIZATIONS + "/" + organization + "/competency-history";
  }
}
