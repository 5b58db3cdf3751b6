package org.attain.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.asAgent;
import static org.attain.bootstrap.support.Api.associate;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.attain.bootstrap.support.Api.createPerson;
import static org.attain.bootstrap.support.Api.recordExam;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.Api;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: clients writing to one organization at once all succeed, and the organization ends as
 * if they had come one after the other: eight clients recording achievements, then eight moving
 * persons between two organizations in both directions (which would deadlock without the fixed lock
 * order). Issue 11: twenty admins acknowledging one alert at once. Runs on the test database, H2 or
 * PostgreSQL.
 */
@QuarkusTest
class ConcurrentWritersEndToEndTest {

  private static final int CLIENTS = 8;
  private static final int EACH = 3;
  private static final int ADMINS = 20;

  @Inject AdjustableClock clock;

  private record Member(UUID organization, List<UUID> persons) {}

  @Test
  void eightClientsRecordingAchievementsAtOnceAllSucceedAndEndAsOneAfterTheOther()
      throws Exception {
    Member concurrent = uncertifiedMemberWith(CLIENTS * EACH);
    Member serial = uncertifiedMemberWith(CLIENTS * EACH);

    List<Integer> statuses =
        atOnce(
            CLIENTS,
            client -> {
              List<Integer> answers = new ArrayList<>();
              for (int i = 0; i < EACH; i++) {
                answers.add(exam(concurrent.persons().get(client * EACH + i), "70-533"));
              }
              return answers;
            });
    for (UUID person : serial.persons()) {
      assertThat(exam(person, "70-533")).isEqualTo(201);
    }

    assertThat(statuses).hasSize(CLIENTS * EACH).containsOnly(201);
    assertThat(competenciesOf(concurrent)).isEqualTo(competenciesOf(serial));
    assertThat(historyOf(concurrent))
        .as("each change of state recorded once, as the serial writers recorded it")
        .isEqualTo(historyOf(serial))
        .isNotEmpty();
  }

  @Test
  void eightClientsMovingPersonsBothWaysAtOnceAllSucceedAndNoneDeadlocks() throws Exception {
    Member west = silverMemberWith(CLIENTS);
    Member east = silverMemberWith(CLIENTS);
    clock.advance(Period.ofDays(31));

    List<Integer> statuses =
        atOnce(
            CLIENTS,
            client -> {
              boolean westward = client % 2 == 0;
              UUID person = (westward ? east : west).persons().get(client);
              UUID to = (westward ? west : east).organization();
              return List.of(associate(person, to).extract().statusCode());
            });

    assertThat(statuses).hasSize(CLIENTS).containsOnly(200);
    assertThat(membersOf(west)).isEqualTo(CLIENTS);
    assertThat(membersOf(east)).isEqualTo(CLIENTS);
  }

  @Test
  void twentyAdminsAcknowledgingOneAlertAtOnceAllSucceedAndTheFirstAcknowledgementStays()
      throws Exception {
    Member silver = silverMemberWith(1);
    clock.advance(Period.ofDays(31));
    Api.leave(silver.persons().getFirst()).statusCode(200);
    Map<String, Object> open =
        as(DevTokens.partnerAdmin(silver.organization()))
            .get(BASE + "/organizations/{id}/alerts", silver.organization())
            .then()
            .statusCode(200)
            .extract()
            .path("items[0]");
    String alert = (String) open.get("id");
    List<String> admins = new ArrayList<>();
    for (int i = 0; i < ADMINS; i++) {
      admins.add(DevTokens.partnerAdmin(silver.organization()));
    }

    List<Integer> statuses =
        atOnce(
            ADMINS,
            admin ->
                List.of(
                    as(admins.get(admin))
                        .post(
                            BASE + "/organizations/{id}/alerts/{alert}/acknowledgement",
                            silver.organization(),
                            alert)
                        .then()
                        .extract()
                        .statusCode()));

    assertThat(statuses).hasSize(ADMINS).containsOnly(200);
    Map<String, Object> acknowledged =
        as(DevTokens.partnerAdmin(silver.organization()))
            .get(BASE + "/organizations/{id}/alerts/{alert}", silver.organization(), alert)
            .then()
            .statusCode(200)
            .extract()
            .path("");
    assertThat(acknowledged)
        .as("acknowledged once: one write, whoever came first")
        .containsEntry("status", "ACKNOWLEDGED")
        .containsEntry("version", (Integer) open.get("version") + 1);
    assertThat((String) acknowledged.get("acknowledgedBy")).startsWith("admin-");
  }

  /** Runs {@code clients} at the same moment and gathers their answers, in a bounded time. */
  private static List<Integer> atOnce(int clients, Client client) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Integer>>> answers = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        int number = i;
        Callable<List<Integer>> work =
            () -> {
              start.await();
              return client.run(number);
            };
        answers.add(pool.submit(work));
      }
      start.countDown();
      List<Integer> all = new ArrayList<>();
      for (Future<List<Integer>> answer : answers) {
        all.addAll(answer.get(2, TimeUnit.MINUTES));
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface Client {
    List<Integer> run(int number) throws Exception;
  }

  private Member silverMemberWith(int persons) {
    UUID organization = createOrganization(Api.unique("Concurrent"));
    List<UUID> members = new ArrayList<>();
    for (int i = 0; i < persons; i++) {
      UUID person = createPerson(Api.unique("Member"));
      recordExam(person, "70-533");
      associate(person, organization).statusCode(200);
      members.add(person);
    }
    Api.reportAzureConsumption(organization, clock.today(), "15000.00");
    as(DevTokens.partnerAdmin(organization))
        .body(Map.of("level", "SILVER"))
        .post(BASE + "/organizations/{id}/membership/purchases", organization)
        .then()
        .statusCode(201);
    return new Member(organization, members);
  }

  /** Persons without achievements, and the consumption Silver needs: nothing attained yet. */
  private Member uncertifiedMemberWith(int persons) {
    UUID organization = createOrganization(Api.unique("Concurrent"));
    List<UUID> members = new ArrayList<>();
    for (int i = 0; i < persons; i++) {
      UUID person = createPerson(Api.unique("Member"));
      associate(person, organization).statusCode(200);
      members.add(person);
    }
    Api.reportAzureConsumption(organization, clock.today(), "150000.00");
    return new Member(organization, members);
  }

  /** The organization's changes of state, as competency, state and level, in order. */
  private static List<String> historyOf(Member member) {
    List<Map<String, Object>> changes =
        as(DevTokens.partnerAdmin(member.organization()))
            .queryParam("size", 100)
            .get(BASE + "/organizations/{id}/competency-history", member.organization())
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return changes.stream()
        .map(c -> c.get("competencyId") + " " + c.get("state") + " " + c.get("level"))
        .toList();
  }

  private int exam(UUID person, String code) {
    return asAgent()
        .body(
            Map.of("kind", "EXAM", "code", code, "earnedOn", clock.today().minusDays(2).toString()))
        .post(BASE + "/persons/{id}/achievements", person)
        .then()
        .extract()
        .statusCode();
  }

  private static Object competenciesOf(Member member) {
    return as(DevTokens.partnerAdmin(member.organization()))
        .get(BASE + "/organizations/{id}/competencies", member.organization())
        .then()
        .statusCode(200)
        .extract()
        .path("competencies");
  }

  private static int membersOf(Member member) {
    return as(DevTokens.partnerAdmin(member.organization()))
        .get(BASE + "/organizations/{id}/persons", member.organization())
        .then()
        .statusCode(200)
        .extract()
        .path("total");
  }
}
