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
import static org.attain.bootstrap.support.Api.writeProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.Api;
import org.attain.bootstrap.support.CountingJdbcDriver;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 10: the SQL statements of a read, a search page and a write are a fixed number whatever the
 * size of the organization or the page, counted by a JDBC driver in front of the database's around
 * HTTP requests on the real wiring (Hibernate's statistics would miss the adapters' plain JDBC).
 * The background jobs are slowed so that only the request counts; each figure is the least of three
 * tries, in case a job's statement slips in nonetheless.
 */
@QuarkusTest
@TestProfile(StatementCountsEndToEndTest.QuietJobs.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountsEndToEndTest {

  /**
   * The programme's test configuration with the background jobs run hourly at most, on the tests'
   * database behind the counting driver.
   */
  public static class QuietJobs implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "attain.outbox.poll-interval", "1h",
          "attain.referrals.expiry.cron", "0 0 0 1 1 ? 2099",
          "attain.daily-scan.help-interval", "1h",
          "quarkus.datasource.jdbc.driver", CountingJdbcDriver.class.getName(),
          "quarkus.datasource.jdbc.url", CountingJdbcDriver.PREFIX + "${test-database.url}");
    }
  }

  private static final int TRIES = 3;

  @Inject AdjustableClock clock;

  private Organization small;
  private Organization large;

  private record Organization(UUID id, List<UUID> persons) {}

  /** Two Silver members of ten and sixty persons, with profiles; made once, at the first test. */
  @BeforeEach
  void twoSilverMembersOfTenAndSixtyPersonsWithProfiles() {
    if (small == null) {
      small = silverMemberWith(10);
      large = silverMemberWith(60);
    }
  }

  @Test
  void readingCompetenciesAfterAChangeCostsAtMostThreeStatementsWhateverTheOrganizationsSize() {
    long ofSmall = leastOf(() -> competenciesAfterAChange(small.id()));
    long ofLarge = leastOf(() -> competenciesAfterAChange(large.id()));

    assertThat(ofSmall).isLessThanOrEqualTo(3);
    assertThat(ofLarge).isEqualTo(ofSmall);
  }

  @Test
  void readingTheCompetenciesOfAnUnchangedOrganizationAgainIsOneStatement() {
    competencies(large.id());

    assertThat(leastOf(() -> competencies(large.id()))).isEqualTo(1);
  }

  @Test
  void readingAnOrganizationIsOneStatement() {
    long statements =
        leastOf(
            () ->
                as(DevTokens.partnerAdmin(large.id()))
                    .get(BASE + "/organizations/{id}", large.id())
                    .then()
                    .statusCode(200));

    assertThat(statements).isEqualTo(1);
  }

  @Test
  void aSearchPageCostsAtMostFourStatementsWhateverItsSize() {
    long pageOfOne = leastOf(() -> search(1));
    long pageOfFifty = leastOf(() -> search(50));

    assertThat(pageOfOne).isLessThanOrEqualTo(4);
    assertThat(pageOfFifty).isEqualTo(pageOfOne);
  }

  @Test
  void recordingAnAchievementCostsTheSameWhateverTheOrganizationsSize() {
    long toSmall = leastOf(i -> exam(small.persons().get(i)));
    long toLarge = leastOf(i -> exam(large.persons().get(i)));

    assertThat(toLarge).isEqualTo(toSmall);
    assertThat(toSmall).isLessThanOrEqualTo(15);
  }

  @Test
  void aMoveCostsTheSameWhateverTheOrganizationsSizes() {
    clock.advance(Period.ofDays(31));
    Organization smallTarget = silverMemberWith(10);
    Organization largeTarget = silverMemberWith(60);
    clock.advance(Period.ofDays(31));

    // A person of each organization moves to the other of its size, which keeps its level.
    long betweenSmall =
        leastOf(i -> associate(small.persons().get(i + TRIES), smallTarget.id()).statusCode(200));
    long betweenLarge =
        leastOf(i -> associate(large.persons().get(i + TRIES), largeTarget.id()).statusCode(200));

    assertThat(betweenLarge).isEqualTo(betweenSmall);
    assertThat(betweenSmall).isLessThanOrEqualTo(20);
  }

  @Test
  void aChangeToAMemberRestingOnOnePersonCostsTheSameWhateverItsSize() {
    // Issue 13: the key-person watch analyses these two and finds its warning already raised.
    Organization smallOnOne = silverMemberRestingOnOnePersonOf(10);
    Organization largeOnOne = silverMemberRestingOnOnePersonOf(60);

    long toSmall = leastOf(i -> exam(smallOnOne.persons().get(i + 1)));
    long toLarge = leastOf(i -> exam(largeOnOne.persons().get(i + 1)));

    assertThat(toLarge).isEqualTo(toSmall);
    assertThat(toSmall).isLessThanOrEqualTo(15);
  }

  @Test
  void aPageOfOrganizationsAtRiskIsOneStatementWhateverItsSize() {
    // Issue 13: at least two organizations at risk, so that both pages below are full.
    silverMemberRestingOnOnePersonOf(1);
    silverMemberRestingOnOnePersonOf(1);

    long pageOfOne = leastOf(() -> organizationsAtRisk(1));
    long pageOfFifty = leastOf(() -> organizationsAtRisk(50));

    assertThat(pageOfOne).isEqualTo(1);
    assertThat(pageOfFifty).isEqualTo(pageOfOne);
  }

  private static void organizationsAtRisk(int size) {
    asAgent()
        .queryParam("lapsingWithinDays", 366)
        .queryParam("size", size)
        .get(BASE + "/at-risk")
        .then()
        .statusCode(200)
        .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
  }

  /** A Silver member of {@code persons}, the first of whom alone holds the exam it rests on. */
  private Organization silverMemberRestingOnOnePersonOf(int persons) {
    UUID organization = createOrganization(Api.unique("Resting"));
    List<UUID> members = new ArrayList<>();
    IntStream.range(0, persons)
        .forEach(
            i -> {
              UUID person = createPerson(Api.unique("Member"));
              if (i == 0) {
                recordExam(person, "70-533");
              }
              associate(person, organization).statusCode(200);
              members.add(person);
            });
    Api.reportAzureConsumption(organization, clock.today(), "150000.00");
    as(DevTokens.partnerAdmin(organization))
        .body(Map.of("level", "SILVER"))
        .post(BASE + "/organizations/{id}/membership/purchases", organization)
        .then()
        .statusCode(201);
    as(DevTokens.partnerAdmin(organization))
        .get(BASE + "/organizations/{id}/alerts", organization)
        .then()
        .statusCode(200)
        .body("items[0].kind", org.hamcrest.Matchers.equalTo("MEMBERSHIP_RESTS_ON_ONE_PERSON"));
    return new Organization(organization, members);
  }

  private Organization silverMemberWith(int persons) {
    UUID organization = createOrganization(Api.unique("Counted"));
    List<UUID> members = new ArrayList<>();
    IntStream.range(0, persons)
        .forEach(
            i -> {
              UUID person = createPerson(Api.unique("Member"));
              recordExam(person, "70-533");
              associate(person, organization).statusCode(200);
              members.add(person);
            });
    Api.reportAzureConsumption(organization, clock.today(), "150000.00");
    as(DevTokens.partnerAdmin(organization))
        .body(Map.of("level", "SILVER"))
        .post(BASE + "/organizations/{id}/membership/purchases", organization)
        .then()
        .statusCode(201);
    writeProfile(organization);
    return new Organization(organization, members);
  }

  /** The organization changes (a metric reported again), then its competencies are counted. */
  private void competenciesAfterAChange(UUID organization) {
    Api.reportAzureConsumption(organization, clock.today(), "150000.00");
    CountingJdbcDriver.reset();
    competencies(organization);
  }

  private static void competencies(UUID organization) {
    as(DevTokens.partnerAdmin(organization))
        .get(BASE + "/organizations/{id}/competencies", organization)
        .then()
        .statusCode(200);
  }

  private static void search(int size) {
    given()
        .queryParam("level", "SILVER")
        .queryParam("size", size)
        .get(BASE + "/profiles")
        .then()
        .statusCode(200);
  }

  /** Another 70-533 earned a year earlier: the person counts as before. */
  private void exam(UUID person) {
    asAgent()
        .body(
            Map.of(
                "kind",
                "EXAM",
                "code",
                "70-533",
                "earnedOn",
                clock.today().minusYears(1).toString()))
        .post(BASE + "/persons/{id}/achievements", person)
        .then()
        .statusCode(201);
  }

  private long leastOf(Runnable request) {
    return leastOf(i -> request.run());
  }

  /**
   * The fewest statements of {@link #TRIES} requests, the i-th made by {@code request.accept(i)}.
   */
  private long leastOf(java.util.function.IntConsumer request) {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < TRIES; i++) {
      CountingJdbcDriver.reset();
      request.accept(i);
      least = Math.min(least, CountingJdbcDriver.statements());
    }
    return least;
  }
}
