package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.CompetencyFlowTest.metric;
import static org.attain.adapter.rest.web.Http.CATALOG;
import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.PERSONS;
import static org.attain.adapter.rest.web.Http.anonymousGet;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.createPerson;
import static org.attain.adapter.rest.web.Http.get;
import static org.attain.adapter.rest.web.Http.post;
import static org.attain.adapter.rest.web.Http.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values no programme has are refused naming the field: dates outside 1990-01-01 .. 2100-12-31 and
 * amounts that are not plain decimals; nothing is stored.
 */
@QuarkusTest
class DomainBoundsFlowTest {

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01", "1989-12-31", "2101-01-01", "9999-12-31"})
  void achievementDatesOutsideTheProgrammeAreRefused(String day) {
    String person =
        createPerson(
            "Rui Bounds"
                + day.replaceAll("[^0-9]", "")
                    .chars()
                    .mapToObj(d -> String.valueOf((char) ('a' + d - '0')))
                    .reduce("", String::concat));
    String achievements = PERSONS + "/" + person + "/achievements";

    for (String field : new String[] {"earnedOn", "expiresOn", "creditEndsOn"}) {
      String body =
          field.equals("earnedOn")
              ? "{\"kind\":\"EXAM\",\"code\":\"70-533\",\"earnedOn\":\"%s\"}".formatted(day)
              : "{\"kind\":\"EXAM\",\"code\":\"70-533\",\"earnedOn\":\"1990-01-01\",\"%s\":\"%s\"}"
                  .formatted(field, day);
      problem(post(Tokens.agent(), achievements, body), 400, "invalid-value")
          .body("errors.field", contains(field))
          .body("detail", equalTo(field + " must be between 1990-01-01 and 2100-12-31"));
    }
    get(Tokens.agent(), achievements).statusCode(200).body("size()", equalTo(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01", "2101-01-01"})
  void metricPeriodsOutsideTheProgrammeAreRefused(String day) {
    String metrics = ORGANIZATIONS + "/" + createOrganization("Contoso Periods") + "/metrics";

    problem(
            post(
                Tokens.agent(),
                metrics,
                """
                {"metric":"POWER_BI_SEATS","value":1,"periodStart":"%s","periodEnd":"2025-03-31"}"""
                    .formatted(day)),
            400,
            "invalid-value")
        .body("errors.field", contains("periodStart"));
    problem(
            post(
                Tokens.agent(),
                metrics,
                """
                {"metric":"POWER_BI_SEATS","value":1,"periodStart":"2025-04-01","periodEnd":"%s"}"""
                    .formatted(day)),
            400,
            "invalid-value")
        .body("errors.field", contains("periodEnd"));
    get(Tokens.agent(), metrics).statusCode(200).body("total", equalTo(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e5", "1E+5", "\"1e5\"", "\"1.5E2\"", "\"+5\"", "\" 5\"", "\"5.\""})
  void amountsThatAreNotPlainDecimalsAreRefused(String value) {
    String metrics = ORGANIZATIONS + "/" + createOrganization("Contoso Amounts") + "/metrics";

    problem(
            post(Tokens.agent(), metrics, metric("AZURE_CONSUMPTION_USD_TTM", value)),
            400,
            "invalid-request")
        .body("errors.field", contains("value"));
    get(Tokens.agent(), metrics).statusCode(200).body("total", equalTo(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9999-01-01", "2101-01-01"})
  void overrideDatesOutsideTheProgrammeAreRefused(String day) {
    String overrides = ORGANIZATIONS + "/" + createOrganization("Contoso Far") + "/overrides";
    String grant =
        "{\"competencyId\":\"devops\",\"grant\":{\"kind\":\"LEVEL_GRANTED\",\"level\":\"GOLD\"},"
            + "\"reason\":\"Far\",\"%s\":\"%s\"}";

    problem(post(Tokens.agent(), overrides, grant.formatted("startsOn", day)), 400, "invalid-value")
        .body("errors.field", contains("startsOn"));
    problem(post(Tokens.agent(), overrides, grant.formatted("lastDay", day)), 400, "invalid-value")
        .body("errors.field", contains("lastDay"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01", "2101-01-01", "9999-12-31"})
  void readingAsOfADayOutsideTheProgrammeIsRefused(String day) {
    problem(anonymousGet(CATALOG + "?asOf=" + day), 400, "validation-failed")
        .body("errors.field", contains("asOf"));
  }
}
