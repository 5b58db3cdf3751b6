package org.attain.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.attain.bootstrap.support.Api.referral;
import static org.attain.bootstrap.support.Api.sendReferral;
import static org.attain.bootstrap.support.Api.writeProfile;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * R8 through HTTP on the real wiring: a customer sends a referral from a profile without a token,
 * the partner's admins read and answer it, another organization's admin may not, and a flood from
 * one client is throttled.
 */
@QuarkusTest
class R8ReferralEndToEndTest {

  private static final AtomicInteger CLIENTS = new AtomicInteger();

  @Inject AdjustableClock clock;

  /** A client address of the test's own, so that the throttle of one test does not hit another. */
  private static String client() {
    return "192.0.2." + CLIENTS.incrementAndGet();
  }

  @Test
  void R8_aCustomerSendsAReferralWhichItsAdminsReadAcceptAndMarkWon() {
    String name = "Referral Contoso " + UUID.randomUUID().toString().substring(0, 8);
    UUID contoso = createOrganization(name);
    writeProfile(contoso);
    String admin = DevTokens.partnerAdmin(contoso);

    var sent =
        sendReferral(client(), contoso, referral("Move our ERP to the cloud."))
            .statusCode(201)
            .body("status", equalTo("OPEN"))
            .body("receivedOn", equalTo(clock.today().toString()))
            .body("answerBy", equalTo(clock.today().plusDays(14).toString()));
    String id = sent.extract().path("id");
    String answer = sent.extract().asString();
    assertThat(answer).doesNotContain("Admin of", "@", "contact", name);
    assertThat(sent.extract().header("Location"))
        .endsWith("/api/v1/organizations/" + contoso + "/referrals/" + id);

    as(admin)
        .get(BASE + "/organizations/{org}/referrals", contoso)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(id))
        .body("items[0].contact.email", equalTo("rita@fabrikam.example"))
        .body("items[0].contact.company", equalTo("Fabrikam"));
    as(admin)
        .body(Map.of("status", "ACCEPTED"))
        .put(BASE + "/organizations/{org}/referrals/{id}/status", contoso, id)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    as(admin)
        .body(Map.of("status", "WON"))
        .put(BASE + "/organizations/{org}/referrals/{id}/status", contoso, id)
        .then()
        .statusCode(200)
        .body("status", equalTo("WON"));
    as(admin)
        .get(BASE + "/organizations/{org}/referrals?status=WON", contoso)
        .then()
        .statusCode(200)
        .body("items.id", contains(id));
    as(admin)
        .body(Map.of("status", "DECLINED"))
        .put(BASE + "/organizations/{org}/referrals/{id}/status", contoso, id)
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("referral-not-open"));
  }

  @Test
  void R8_anotherOrganizationsAdminCannotReadOrAnswerTheReferrals() {
    UUID contoso = createOrganization("Referral Guarded " + UUID.randomUUID());
    UUID fabrikam = createOrganization("Referral Outsider " + UUID.randomUUID());
    writeProfile(contoso);
    String id =
        sendReferral(client(), contoso, referral("Need")).statusCode(201).extract().path("id");
    String outsider = DevTokens.partnerAdmin(fabrikam);

    as(outsider)
        .get(BASE + "/organizations/{org}/referrals", contoso)
        .then()
        .statusCode(403)
        .body("code", equalTo("access-denied"));
    as(outsider)
        .get(BASE + "/organizations/{org}/referrals/{id}", contoso, id)
        .then()
        .statusCode(403);
    as(outsider)
        .body(Map.of("status", "DECLINED"))
        .put(BASE + "/organizations/{org}/referrals/{id}/status", contoso, id)
        .then()
        .statusCode(403);
    as(DevTokens.partnerAdmin(contoso))
        .get(BASE + "/organizations/{org}/referrals/{id}", contoso, id)
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"));
  }

  @Test
  void R8_aReferralToAnOrganizationWithoutAProfileIsNotFoundAndABadOneIsAProblem() {
    UUID bare = createOrganization("Referral Bare " + UUID.randomUUID());
    String from = client();

    sendReferral(from, bare, referral("Need"))
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("profile-not-found"));
    writeProfile(bare);
    sendReferral(
            from, bare, Map.of("contact", Map.of("name", "Rita"), "need", "x", "size", "SMALL"))
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors[0].field", equalTo("contact"));
  }

  @Test
  void R8_aFloodFromOneClientIsAnswered429WithRetryAfterWhileOthersAreServed() {
    UUID contoso = createOrganization("Referral Flooded " + UUID.randomUUID());
    writeProfile(contoso);
    String flooder = client();

    for (int i = 0; i < 3; i++) {
      sendReferral(flooder, contoso, referral("Need " + i)).statusCode(201);
    }
    sendReferral(flooder, contoso, referral("One too many"))
        .statusCode(429)
        .header("Retry-After", equalTo("1200"))
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("too-many-requests"))
        .body("type", equalTo("urn:attain:problem:too-many-requests"));
    sendReferral(client(), contoso, referral("Someone else")).statusCode(201);
  }
}
