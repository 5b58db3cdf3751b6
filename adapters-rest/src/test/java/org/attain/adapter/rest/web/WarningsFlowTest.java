package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.anonymousGet;
import static org.attain.adapter.rest.web.Http.buySilverThanksTo;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.get;
import static org.attain.adapter.rest.web.Http.problem;
import static org.attain.adapter.rest.web.Http.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 through HTTP: an organization's admins and agents read and turn off the key-person
 * warning; turning it off ends the ongoing one. Bad bodies are 400s, other organizations' 403s.
 */
@QuarkusTest
class WarningsFlowTest {

  private static final String OFF = "{\"keyPersonWarning\":false}";
  private static final String ON = "{\"keyPersonWarning\":true}";

  @Test
  void aMembershipRestingOnOnePersonIsWarnedOfUntilTheAdminTurnsTheWarningOff() {
    String contoso = createOrganization("Contoso Warned");
    String ana = buySilverThanksTo("Ana Warned", contoso);
    get(Tokens.adminOf(contoso), warnings(contoso))
        .statusCode(200)
        .body("keyPersonWarning", equalTo(true));
    get(Tokens.adminOf(contoso), alerts(contoso))
        .statusCode(200)
        .body("items.kind", contains("MEMBERSHIP_RESTS_ON_ONE_PERSON"))
        .body("items[0].keyPersons.personId", contains(ana))
        .body("items[0].keyPersons.name", contains("Ana Warned"))
        .body("items[0].nowShort", org.hamcrest.Matchers.empty())
        .body("items[0].endedOn", org.hamcrest.Matchers.nullValue());

    put(Tokens.adminOf(contoso), warnings(contoso), OFF)
        .statusCode(200)
        .body("keyPersonWarning", equalTo(false));

    get(Tokens.agent(), warnings(contoso)).statusCode(200).body("keyPersonWarning", equalTo(false));
    get(Tokens.adminOf(contoso), alerts(contoso))
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].endedOn", equalTo("2025-04-01"));
    put(Tokens.agent(), warnings(contoso), ON).statusCode(200);
    get(Tokens.adminOf(contoso), alerts(contoso))
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.cause.kind", hasItem("warnings-changed"));
  }

  @Test
  void badBodiesAreRefusedWithAProblem() {
    String contoso = createOrganization("Contoso Warnings Bad");
    String path = warnings(contoso);

    problem(put(Tokens.adminOf(contoso), path, "{}"), 400, "validation-failed")
        .body("errors[0].field", equalTo("keyPersonWarning"));
    problem(
        put(Tokens.adminOf(contoso), path, "{\"keyPersonWarning\":\"maybe\"}"),
        400,
        "invalid-request");
    problem(
        put(Tokens.adminOf(contoso), path, "{\"keyPersonWarning\":false,\"other\":1}"),
        400,
        "invalid-request");
    problem(put(Tokens.adminOf(contoso), path, "{\"keyPersonWarning\":"), 400, "malformed-json");
    problem(put(Tokens.adminOf(contoso), path, ""), 400, "missing-body");
    get(Tokens.adminOf(contoso), path).statusCode(200).body("keyPersonWarning", equalTo(true));
  }

  @Test
  void onlyTheOrganizationsAdminsAndAgentsReadOrChangeIt() {
    String contoso = createOrganization("Contoso Warnings Access");
    String fabrikam = createOrganization("Fabrikam Warnings Access");

    problem(get(Tokens.adminOf(fabrikam), warnings(contoso)), 403, "access-denied");
    problem(put(Tokens.adminOf(fabrikam), warnings(contoso), OFF), 403, "access-denied");
    problem(
        put(Tokens.person(UUID.randomUUID().toString()), warnings(contoso), OFF), 403, "forbidden");
    problem(anonymousGet(warnings(contoso)), 401, "unauthenticated");
    problem(
        get(Tokens.agent(), warnings(UUID.randomUUID().toString())), 404, "organization-not-found");
    problem(
        put(Tokens.agent(), warnings(UUID.randomUUID().toString()), OFF),
        404,
        "organization-not-found");
    get(Tokens.agent(), warnings(contoso)).statusCode(200).body("keyPersonWarning", equalTo(true));
  }

  private static String warnings(String organization) {
    return ORGANIZATIONS + "/" + organization + "/warnings";
  }

  private static String alerts(String organization) {
    return ORGANIZATIONS + "/" + organization + "/alerts";
  }
}
