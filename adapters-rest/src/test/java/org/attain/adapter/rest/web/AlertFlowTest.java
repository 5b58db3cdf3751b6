package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.anonymousGet;
import static org.attain.adapter.rest.web.Http.anonymousPost;
import static org.attain.adapter.rest.web.Http.buySilverThanksTo;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.delete;
import static org.attain.adapter.rest.web.Http.get;
import static org.attain.adapter.rest.web.Http.post;
import static org.attain.adapter.rest.web.Http.problem;
import static org.attain.adapter.rest.web.Http.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertId;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertShortfall;
import org.attain.domain.risk.RecordedCause;
import org.junit.jupiter.api.Test;

/**
 * R6 through HTTP: an organization's admins and agents read its alerts, newest first; only its
 * admins acknowledge them, once. Alerts are seeded in the store as the renewal-risk watch raises
 * them.
 */
@QuarkusTest
class AlertFlowTest {

  private static final String OFF = "{\"keyPersonWarning\":false}";

  @Inject InMemoryProgramme programme;

  @Test
  void r6_removingThePersonWhoCountedRaisesAnOpenAlertTheAdminReadsAndAcknowledges() {
    String contoso = createOrganization("Contoso Alert Raised");
    // Contoso will rest on Ana alone: this test is about renewal risk, not the key-person warning.
    put(Tokens.adminOf(contoso), ORGANIZATIONS + "/" + contoso + "/warnings", OFF).statusCode(200);
    String ana = buySilverThanksTo("Ana Alert Raised", contoso);
    get(Tokens.adminOf(contoso), alerts(contoso)).statusCode(200).body("total", equalTo(0));

    delete(Tokens.adminOf(contoso), ORGANIZATIONS + "/" + contoso + "/persons/" + ana)
        .statusCode(204);

    String id =
        get(Tokens.adminOf(contoso), alerts(contoso))
            .statusCode(200)
            .body("total", equalTo(1))
            .body("items[0].kind", equalTo("RENEWAL_AT_RISK"))
            .body("items[0].level", equalTo("SILVER"))
            .body("items[0].cause.kind", equalTo("person-left"))
            .body("items[0].cause.description", containsString("Ana Alert Raised"))
            .body("items[0].raisedOn", equalTo("2025-04-01"))
            .body("items[0].nowShort.competencyId", hasItem("cloud-platform"))
            .body("items[0].status", equalTo("OPEN"))
            .body("items[0].endedOn", nullValue())
            .extract()
            .path("items[0].id");
    post(Tokens.adminOf(contoso), alerts(contoso) + "/" + id + "/acknowledgement", "")
        .statusCode(200)
        .body("status", equalTo("ACKNOWLEDGED"));
  }

  @Test
  void r6_adminsAndAgentsReadAlertsNewestFirstWithTheirCauseAndShortfalls() {
    String contoso = createOrganization("Contoso Alerts");
    Alert older = seed(renewalAtRisk(contoso, LocalDate.of(2025, 3, 1)));
    Alert newer = seed(lapseAhead(contoso, LocalDate.of(2025, 3, 20)));

    get(Tokens.adminOf(contoso), alerts(contoso))
        .statusCode(200)
        .body("items.id", contains(newer.id().toString(), older.id().toString()))
        .body("total", equalTo(2))
        .body("page", equalTo(0))
        .body("size", equalTo(20));
    get(Tokens.agent(), alerts(contoso) + "/" + older.id())
        .statusCode(200)
        .body("organizationId", equalTo(contoso))
        .body("kind", equalTo("RENEWAL_AT_RISK"))
        .body("level", equalTo("SILVER"))
        .body("cause.kind", equalTo("person-left"))
        .body("cause.description", equalTo("Ana Lima left the organization"))
        .body("raisedOn", equalTo("2025-03-01"))
        .body("lapsesOn", nullValue())
        .body("nowShort[0].competencyId", equalTo("cloud-platform"))
        .body("nowShort[0].level", equalTo("SILVER"))
        .body("nowShort[0].percentComplete", equalTo(50))
        .body("nowShort[0].missing", contains("1 more person holding 70-533"))
        .body(
            "nowShort[0].description",
            equalTo(
                "cloud-platform at SILVER (option \"Certified individuals\", 50% complete): 1"
                    + " more person holding 70-533"))
        .body("restoreBy[0].competencyId", equalTo("cloud-platform"))
        .body("status", equalTo("OPEN"))
        .body("acknowledgedBy", nullValue())
        .body("acknowledgedOn", nullValue())
        .body("endedOn", nullValue());
    get(Tokens.adminOf(contoso), alerts(contoso) + "/" + newer.id())
        .statusCode(200)
        .body("kind", equalTo("LAPSE_AHEAD"))
        .body("lapsesOn", equalTo("2025-06-30"))
        .body("lapsing", contains("70-533 earned on 2023-06-30 stops counting"));
  }

  @Test
  void r6_anAdminAcknowledgesOnceAndAgainChangesNothing() {
    String contoso = createOrganization("Contoso Acknowledges");
    Alert alert = seed(renewalAtRisk(contoso, LocalDate.of(2025, 3, 1)));
    String acknowledgement = alerts(contoso) + "/" + alert.id() + "/acknowledgement";

    post(Tokens.adminOf(contoso), acknowledgement, "")
        .statusCode(200)
        .body("id", equalTo(alert.id().toString()))
        .body("status", equalTo("ACKNOWLEDGED"))
        .body("acknowledgedBy", equalTo("admin-" + contoso))
        .body("acknowledgedOn", equalTo("2025-04-01"))
        .body("version", equalTo(1));
    post(Tokens.adminOf(contoso), acknowledgement, "")
        .statusCode(200)
        .body("status", equalTo("ACKNOWLEDGED"))
        .body("acknowledgedOn", equalTo("2025-04-01"))
        .body("version", equalTo(1));
    get(Tokens.agent(), alerts(contoso))
        .statusCode(200)
        .body("items.status", contains("ACKNOWLEDGED"));
  }

  @Test
  void r6_onlyTheOrganizationsAdminsReadAndOnlyTheyAcknowledge() {
    String contoso = createOrganization("Contoso Alert Access");
    String fabrikam = createOrganization("Fabrikam Alert Access");
    Alert alert = seed(renewalAtRisk(contoso, LocalDate.of(2025, 3, 1)));
    String one = alerts(contoso) + "/" + alert.id();

    problem(get(Tokens.adminOf(fabrikam), alerts(contoso)), 403, "access-denied");
    problem(get(Tokens.adminOf(fabrikam), one), 403, "access-denied");
    problem(post(Tokens.adminOf(fabrikam), one + "/acknowledgement", ""), 403, "access-denied");
    problem(post(Tokens.agent(), one + "/acknowledgement", ""), 403, "access-denied");
    problem(get(Tokens.person(UUID.randomUUID().toString()), alerts(contoso)), 403, "forbidden");
    problem(anonymousGet(alerts(contoso)), 401, "unauthenticated");
    problem(anonymousPost(one + "/acknowledgement", ""), 401, "unauthenticated");
    get(Tokens.adminOf(contoso), one).statusCode(200).body("status", equalTo("OPEN"));
  }

  @Test
  void unknownAndMalformedAlertsAreNotFoundAndBadPagingIsRefused() {
    String contoso = createOrganization("Contoso Alert Lookups");
    String fabrikam = createOrganization("Fabrikam Alert Lookups");
    Alert fabrikams = seed(renewalAtRisk(fabrikam, LocalDate.of(2025, 3, 1)));

    problem(get(Tokens.agent(), alerts(contoso) + "/" + UUID.randomUUID()), 404, "alert-not-found");
    problem(
        post(
            Tokens.adminOf(contoso),
            alerts(contoso) + "/" + fabrikams.id() + "/acknowledgement",
            ""),
        404,
        "alert-not-found");
    problem(get(Tokens.agent(), alerts(contoso) + "/not-a-uuid"), 404, "not-found");
    problem(
        get(Tokens.agent(), alerts(UUID.randomUUID().toString())), 404, "organization-not-found");
    problem(get(Tokens.agent(), ORGANIZATIONS + "/not-a-uuid/alerts"), 404, "not-found");
    problem(get(Tokens.agent(), alerts(contoso) + "?size=101"), 400, "validation-failed");
    problem(get(Tokens.agent(), alerts(contoso) + "?page=-1"), 400, "validation-failed");
    problem(get(Tokens.agent(), alerts(contoso) + "?size=abc"), 400, "validation-failed");
    get(Tokens.agent(), alerts(fabrikam) + "?page=1&size=1")
        .statusCode(200)
        .body("items", empty())
        .body("total", equalTo(1));
  }

  private Alert seed(Alert alert) {
    return programme.stores().alerts.save(alert);
  }

  private static String alerts(String organization) {
    return ORGANIZATIONS + "/" + organization + "/alerts";
  }

  private static Alert renewalAtRisk(String organization, LocalDate raisedOn) {
    return new Alert(
        AlertId.newId(),
        new OrganizationId(UUID.fromString(organization)),
        AlertKind.RENEWAL_AT_RISK,
        MembershipLevel.SILVER,
        new RecordedCause("person-left", "Ana Lima left the organization"),
        raisedOn,
        null,
        List.of(),
        List.of(cloudShortfall()),
        List.of(cloudShortfall()),
        List.of(),
        null,
        null,
        null);
  }

  private static Alert lapseAhead(String organization, LocalDate raisedOn) {
    return new Alert(
        AlertId.newId(),
        new OrganizationId(UUID.fromString(organization)),
        AlertKind.LAPSE_AHEAD,
        MembershipLevel.SILVER,
        new RecordedCause("time-passed", "the day 2025-03-20 came"),
        raisedOn,
        LocalDate.of(2025, 6, 30),
        List.of("70-533 earned on 2023-06-30 stops counting"),
        List.of(cloudShortfall()),
        List.of(cloudShortfall()),
        List.of(),
        null,
        null,
        null);
  }

  private static AlertShortfall cloudShortfall() {
    return new AlertShortfall(
        new CompetencyId("cloud-platform"),
        Level.SILVER,
        "Certified individuals",
        50,
        List.of("1 more person holding 70-533"));
  }
}
