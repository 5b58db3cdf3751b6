package org.attain.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.UnitOfWork;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.OutboxFaultProfile;
import org.attain.bootstrap.support.OutboxLoad;
import org.attain.bootstrap.support.SmtpServer;
import org.attain.domain.risk.AlertId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox at {@code /q/metrics} (Prometheus text) and {@code /q/health/ready}: with the SMTP
 * server down the depth and the oldest age grow and failures count; once it is back the sent emails
 * count and the depth falls to zero; readiness stays UP throughout (a refusing server is not a
 * stuck dispatcher).
 */
@QuarkusTest
@TestProfile(OutboxFaultProfile.class)
@WithTestResource(value = SmtpServer.class, scope = TestResourceScope.GLOBAL)
class OutboxMetricsEndToEndTest {

  private static final Duration ROUNDS = Duration.ofSeconds(30);

  @Inject AdjustableClock clock;
  @Inject Outbox outbox;
  @Inject UnitOfWork unitOfWork;

  @AfterEach
  void serverWellAgain() {
    SmtpServer.restartIfDown();
  }

  @Test
  void theOutboxsDepthAgeAndSendsAreExposedInPrometheusFormat() {
    OutboxLoad load = new OutboxLoad(clock, outbox, unitOfWork);
    AlertId alert = load.alert();
    List<String> recipients = OutboxLoad.recipients("metered", 5);
    // The alert's own email (to the organization's admin) is out before the counts are taken.
    await().atMost(ROUNDS).until(() -> load.allSent(alert));
    await().atMost(ROUNDS).until(() -> metric("attain_outbox_pending") == 0);
    double sentBefore = metric("attain_outbox_sent_total");
    double failedBefore = metric("attain_outbox_failed_total");
    assertThat(metric("attain_outbox_oldest_pending_age_seconds")).isZero();
    assertThat(metric("attain_outbox_failed_rounds_total")).isZero();

    SmtpServer.shutDown();
    load.enqueue(alert, recipients);
    await()
        .atMost(ROUNDS)
        .until(() -> metric("attain_outbox_failed_total") >= failedBefore + recipients.size());
    await().atMost(ROUNDS).until(() -> metric("attain_outbox_oldest_pending_age_seconds") >= 1.0);
    assertThat(metric("attain_outbox_pending")).isEqualTo(recipients.size());
    assertThat(metric("attain_outbox_sent_total")).isEqualTo(sentBefore);
    // Every email failed and is waiting for its retry: nothing is left overdue, and the
    // dispatcher is not stuck.
    assertThat(metric("attain_outbox_longest_overdue_seconds")).isBetween(0.0, 10.0);
    assertReady();

    SmtpServer.restart();
    await().atMost(ROUNDS).until(() -> metric("attain_outbox_pending") == 0);
    // The round counts its sends when it ends, just after it marks them.
    await()
        .atMost(ROUNDS)
        .until(() -> metric("attain_outbox_sent_total") >= sentBefore + recipients.size());
    assertThat(metric("attain_outbox_sent_total")).isEqualTo(sentBefore + recipients.size());
    assertThat(metric("attain_outbox_oldest_pending_age_seconds")).isZero();
    assertThat(metric("attain_outbox_failed_rounds_total")).isZero();
    assertReady();
  }

  private static void assertReady() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("UP"))
        .body("checks.name", hasItem("outbox-dispatcher"));
  }

  /** The value of the sample {@code name} (without labels) in the Prometheus text format. */
  private static double metric(String name) {
    String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher sample =
        Pattern.compile("^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE)
            .matcher(body);
    assertThat(sample.find()).as("%s at /q/metrics", name).isTrue();
    return Double.parseDouble(sample.group(1));
  }
}
