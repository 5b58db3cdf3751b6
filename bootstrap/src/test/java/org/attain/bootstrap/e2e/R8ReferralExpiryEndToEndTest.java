package org.attain.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.attain.bootstrap.support.Api.referral;
import static org.attain.bootstrap.support.Api.sendReferral;
import static org.attain.bootstrap.support.Api.writeProfile;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import org.attain.application.port.out.Referrals;
import org.attain.application.port.out.UnitOfWork;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.DevTokens;
import org.attain.domain.referral.ReferralId;
import org.attain.domain.referral.ReferralStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R8: a referral left unanswered expires on time without any request: the scheduled job (every
 * second under test) does it. The test watches the store, never an endpoint, until it has.
 */
@QuarkusTest
class R8ReferralExpiryEndToEndTest {

  /** Longer than two runs of the job under test, which runs every second. */
  private static final Duration TWO_RUNS = Duration.ofMillis(2500);

  @Inject AdjustableClock clock;
  @Inject Referrals referrals;
  @Inject UnitOfWork unitOfWork;

  private LocalDate start;

  @BeforeEach
  void rememberTheDay() {
    start = clock.today();
  }

  @AfterEach
  void putTheDayBack() {
    clock.set(start);
  }

  @Test
  void R8_onThe14thDayAReferralIsStillOpenAndCanBeAcceptedAndOnThe15thTheJobExpiresIt()
      throws InterruptedException {
    UUID contoso = createOrganization("Expiry Contoso " + UUID.randomUUID());
    writeProfile(contoso);
    ReferralId answered = send(contoso, "192.0.2.201");
    ReferralId ignored = send(contoso, "192.0.2.202");

    clock.advance(Period.ofDays(14));
    Thread.sleep(TWO_RUNS.toMillis());

    assertThat(statusOf(ignored)).isEqualTo(ReferralStatus.OPEN);
    as(DevTokens.partnerAdmin(contoso))
        .body(Map.of("status", "ACCEPTED"))
        .put(BASE + "/organizations/{org}/referrals/{id}/status", contoso, answered.toString())
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));

    clock.advance(Period.ofDays(1));
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> statusOf(ignored) == ReferralStatus.EXPIRED);

    assertThat(statusOf(answered)).isEqualTo(ReferralStatus.ACCEPTED);
    as(DevTokens.partnerAdmin(contoso))
        .get(BASE + "/organizations/{org}/referrals/{id}", contoso, ignored.toString())
        .then()
        .statusCode(200)
        .body("status", equalTo("EXPIRED"))
        .body("statusChangedOn", equalTo(start.plusDays(15).toString()));
    as(DevTokens.partnerAdmin(contoso))
        .body(Map.of("status", "ACCEPTED"))
        .put(BASE + "/organizations/{org}/referrals/{id}/status", contoso, ignored.toString())
        .then()
        .statusCode(409)
        .body("code", equalTo("referral-not-open"));
  }

  private static ReferralId send(UUID organization, String from) {
    String id =
        sendReferral(from, organization, referral("Need from " + from))
            .statusCode(201)
            .extract()
            .path("id");
    return new ReferralId(UUID.fromString(id));
  }

  /** Read from the store directly: no endpoint is asked, so none could expire it. */
  private ReferralStatus statusOf(ReferralId id) {
    return unitOfWork.read(() -> referrals.findById(id)).orElseThrow().status();
  }
}
