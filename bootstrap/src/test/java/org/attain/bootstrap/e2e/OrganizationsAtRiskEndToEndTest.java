package org.attain.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.asAgent;
import static org.attain.bootstrap.support.Api.associate;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.attain.bootstrap.support.Api.createPerson;
import static org.attain.bootstrap.support.Api.recordExam;
import static org.attain.bootstrap.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.Api;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, the agents' view through HTTP on the real wiring: Silver members resting on one person
 * (the key-person watch warned them) or lapsing within the horizon are listed, most at risk first,
 * in pages; one neither resting on one person nor lapsing within it is not. Other tests share the
 * database, so each test finds its own organizations in the whole list.
 */
@QuarkusTest
class OrganizationsAtRiskEndToEndTest {

  private static final String AT_RISK = BASE + "/at-risk";
  private static final String KEY_PERSON = "MEMBERSHIP_RESTS_ON_ONE_PERSON";

  @Inject AdjustableClock clock;

  @Test
  void membersRestingOnOnePersonOrLapsingWithinTheHorizonAreListedMostAtRiskFirstInPages() {
    LocalDate early = clock.today();
    UUID restingAndLapsing = silverMemberWithHolders("Solo", 1);
    UUID lapsing = silverMemberWithHolders("Pair", 2);
    clock.advance(Period.ofDays(20));
    UUID resting = silverMemberWithHolders("Solo Later", 1);
    UUID lapsingLater = silverMemberWithHolders("Pair Later", 2);
    LocalDate earlyTermEndsOn = early.plusYears(1).minusDays(1);
    long earlyDaysLeft = ChronoUnit.DAYS.between(clock.today(), earlyTermEndsOn) + 1;
    // The early terms lapse within the horizon, those bought 20 days later do not.
    int horizon = (int) earlyDaysLeft + 10;

    List<Map<String, Object>> rows = everyRow(horizon, 100);

    assertThat(idsOf(rows))
        .containsSubsequence(restingAndLapsing.toString(), lapsing.toString(), resting.toString())
        .doesNotContain(lapsingLater.toString())
        .doesNotHaveDuplicates();
    Map<String, Object> first = rowOf(rows, restingAndLapsing);
    assertThat(first.get("membershipLevel")).isEqualTo("SILVER");
    assertThat(first.get("termEndsOn")).isEqualTo(earlyTermEndsOn.toString());
    assertThat(((Number) first.get("daysLeft")).longValue()).isEqualTo(earlyDaysLeft);
    assertThat(first.get("lapsing")).isEqualTo(true);
    assertThat(first.get("restsOnOnePerson")).isEqualTo(true);
    assertThat(first.get("restsOnOnePersonSince")).isEqualTo(early.toString());
    assertThat(first).doesNotContainKey("keyPersons");
    assertThat(kindsOf(first)).containsExactly(KEY_PERSON);
    Map<String, Object> second = rowOf(rows, lapsing);
    assertThat(second.get("restsOnOnePerson")).isEqualTo(false);
    assertThat(second.get("restsOnOnePersonSince")).isNull();
    assertThat(kindsOf(second)).isEmpty();
    Map<String, Object> third = rowOf(rows, resting);
    assertThat(third.get("lapsing")).isEqualTo(false);
    assertThat(((Number) third.get("daysLeft")).longValue()).isEqualTo(earlyDaysLeft + 20);

    List<Map<String, Object>> inPagesOfTwo = everyRow(horizon, 2);
    assertThat(idsOf(inPagesOfTwo)).isEqualTo(idsOf(rows));
    page(horizon, 0, 2).body("total", equalTo(rows.size()));
    page(horizon, rows.size(), 2)
        .body("items.size()", equalTo(0))
        .body("total", equalTo(rows.size()));
    // A term bought today has at most 366 days left: the longest horizon lists it.
    assertThat(idsOf(everyRow(366, 100))).contains(lapsingLater.toString());
  }

  @Test
  void onlyAgentsListOrganizationsAtRiskAndABadHorizonIsABadRequest() {
    UUID contoso = createOrganization(unique("Contoso"));

    as(DevTokens.partnerAdmin(contoso))
        .get(AT_RISK)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("forbidden"));
    given()
        .accept("application/json")
        .get(AT_RISK)
        .then()
        .statusCode(401)
        .body("code", equalTo("unauthenticated"));
    for (String bad : List.of("367", "-1", "abc")) {
      asAgent()
          .queryParam("lapsingWithinDays", bad)
          .get(AT_RISK)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("code", equalTo("validation-failed"))
          .body("errors[0].field", equalTo("lapsingWithinDays"));
    }
    asAgent().queryParam("size", 101).get(AT_RISK).then().statusCode(400);
    asAgent().queryParam("lapsingWithinDays", 366).get(AT_RISK).then().statusCode(200);
  }

  /** A Silver member bought today, whose Cloud Platform rests on {@code holders} of 70-533. */
  private UUID silverMemberWithHolders(String name, int holders) {
    UUID organization = createOrganization(unique(name));
    for (int i = 0; i < holders; i++) {
      UUID holder = createPerson(unique("Holder"));
      recordExam(holder, "70-533");
      associate(holder, organization).statusCode(200);
    }
    Api.reportAzureConsumption(organization, clock.today(), "15000.00");
    as(DevTokens.partnerAdmin(organization))
        .body(Map.of("level", "SILVER"))
        .post(BASE + "/organizations/{id}/membership/purchases", organization)
        .then()
        .statusCode(201);
    return organization;
  }

  private static ValidatableResponse page(int horizon, int page, int size) {
    return asAgent()
        .queryParam("lapsingWithinDays", horizon)
        .queryParam("page", page)
        .queryParam("size", size)
        .get(AT_RISK)
        .then()
        .statusCode(200);
  }

  /** The whole list, read in pages of {@code size}. */
  private static List<Map<String, Object>> everyRow(int horizon, int size) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonPath found = page(horizon, page, size).extract().jsonPath();
      List<Map<String, Object>> items = found.getList("items");
      rows.addAll(items);
      if (items.size() < size) {
        return rows;
      }
    }
  }

  private static List<String> idsOf(List<Map<String, Object>> rows) {
    return rows.stream().map(row -> (String) row.get("organizationId")).toList();
  }

  private static Map<String, Object> rowOf(List<Map<String, Object>> rows, UUID organization) {
    return rows.stream()
        .filter(row -> organization.toString().equals(row.get("organizationId")))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<String> kindsOf(Map<String, Object> row) {
    return ((List<Map<String, Object>>) row.get("ongoingAlerts"))
        .stream().map(alert -> (String) alert.get("kind")).toList();
  }
}
