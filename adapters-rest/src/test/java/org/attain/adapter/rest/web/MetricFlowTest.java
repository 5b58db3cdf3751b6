package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.CompetencyFlowTest.metric;
import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.get;
import static org.attain.adapter.rest.web.Http.post;
import static org.attain.adapter.rest.web.Http.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Metrics through HTTP: recorded by agents only, read by the organization's admins. */
@QuarkusTest
class MetricFlowTest {

  @Test
  void agentsRecordMetricsAndAdminsReadThemInRecordingOrder() {
    String contoso = createOrganization("Contoso Metrics");
    String metrics = metrics(contoso);

    post(Tokens.agent(), metrics, metric("POWER_BI_SEATS", "250"))
        .statusCode(201)
        .header("Location", endsWith(metrics))
        .body("metric", equalTo("POWER_BI_SEATS"))
        .body("unit", equalTo("COUNT"))
        .body("value", equalTo(250))
        .body("periodStart", equalTo("2024-04-01"))
        .body("periodEnd", equalTo("2025-03-31"));
    post(Tokens.agent(), metrics, metric("AZURE_CONSUMPTION_USD_TTM", "\"12500.5\""))
        .statusCode(201)
        .body("unit", equalTo("USD"))
        .body("value.amount", equalTo("12500.50"))
        .body("value.currency", equalTo("USD"));
    post(Tokens.agent(), metrics, metric("AZURE_CONSUMPTION_USD_TTM", "9000.25")).statusCode(201);

    get(Tokens.adminOf(contoso), metrics)
        .statusCode(200)
        .body(
            "items.metric",
            contains("POWER_BI_SEATS", "AZURE_CONSUMPTION_USD_TTM", "AZURE_CONSUMPTION_USD_TTM"))
        .body("items[2].value.amount", equalTo("9000.25"))
        .body("total", equalTo(3));
    get(Tokens.agent(), metrics + "?size=1&page=1")
        .statusCode(200)
        .body("items.value.amount", contains("12500.50"))
        .body("total", equalTo(3));
  }

  @Test
  void partnerAdminsRecordNothingAndReadOnlyTheirOwn() {
    String contoso = createOrganization("Contoso Own Metrics");
    String fabrikam = createOrganization("Fabrikam Own Metrics");

    problem(
        post(Tokens.adminOf(contoso), metrics(contoso), metric("POWER_BI_SEATS", "250")),
        403,
        "forbidden");
    problem(get(Tokens.adminOf(fabrikam), metrics(contoso)), 403, "access-denied");
    get(Tokens.adminOf(contoso), metrics(contoso)).statusCode(200).body("total", equalTo(0));
  }

  @Test
  void malformedReportsAreRefusedNamingTheField() {
    String metrics = metrics(createOrganization("Contoso Bad Metrics"));

    problem(post(Tokens.agent(), metrics, metric("POWER_BI_SEATS", "-1")), 400, "validation-failed")
        .body("errors.field", contains("value"));
    problem(
            post(Tokens.agent(), metrics, metric("AZURE_CONSUMPTION_USD_TTM", "1.234")),
            400,
            "validation-failed")
        .body("errors.field", contains("value"));
    problem(post(Tokens.agent(), metrics, metric("POWER_BI_SEATS", "2.5")), 400, "invalid-value")
        .body("errors.field", contains("value"));
    problem(
            post(Tokens.agent(), metrics, metric("POWER_BI_SEATS", "\"many\"")),
            400,
            "invalid-request")
        .body("errors.field", contains("value"));
    problem(post(Tokens.agent(), metrics, metric("POWER_BI_SEATS", "true")), 400, "invalid-request")
        .body("errors.field", contains("value"));
    problem(post(Tokens.agent(), metrics, metric("SEATS", "1")), 400, "invalid-request")
        .body("errors.field", contains("metric"));
    problem(
            post(
                Tokens.agent(),
                metrics,
                """
                {"metric":"POWER_BI_SEATS","value":1,"periodStart":"2025-04-01","periodEnd":"2025-03-31"}"""),
            400,
            "invalid-value")
        .body("errors.field", contains("periodEnd"));
    problem(post(Tokens.agent(), metrics, "{}"), 400, "validation-failed")
        .body("errors.field", contains("metric", "periodEnd", "periodStart", "value"));
    problem(
        post(Tokens.agent(), metrics(UUID.randomUUID().toString()), metric("POWER_BI_SEATS", "1")),
        404,
        "organization-not-found");
  }

  static String metrics(String organizationId) {
    return ORGANIZATIONS + "/" + organizationId + "/metrics";
  }
}
