package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.Http.ORGANIZATIONS;
import static org.attain.adapter.rest.web.Http.PERSONS;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.createPerson;
import static org.attain.adapter.rest.web.Http.delete;
import static org.attain.adapter.rest.web.Http.get;
import static org.attain.adapter.rest.web.Http.post;
import static org.attain.adapter.rest.web.Http.problem;
import static org.attain.adapter.rest.web.Http.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** R3 through HTTP over the real use cases: who may do what, and what each answer looks like. */
@QuarkusTest
class AssociationFlowTest {

  static final String EXAM = "{\"kind\":\"EXAM\",\"code\":\"70-533\",\"earnedOn\":\"2024-03-15\"}";

  @Test
  void agentsEnrolOrganizationsAndAdminsReadOnlyTheirOwn() {
    String contoso = createOrganization("Contoso Flow");
    String fabrikam = createOrganization("Fabrikam Flow");

    get(Tokens.adminOf(contoso), ORGANIZATIONS + "/" + contoso)
        .statusCode(200)
        .body("id", equalTo(contoso))
        .body("market", equalTo("DEVELOPED"))
        .body("version", equalTo(0));
    problem(get(Tokens.adminOf(fabrikam), ORGANIZATIONS + "/" + contoso), 403, "access-denied");
    get(Tokens.adminOf(contoso), ORGANIZATIONS)
        .statusCode(200)
        .body("items.id", contains(contoso))
        .body("total", equalTo(1))
        .body("page", equalTo(0))
        .body("size", equalTo(20));
    problem(
        post(Tokens.adminOf(contoso), ORGANIZATIONS, Http.organization("Mine", "me@mine.example")),
        403,
        "forbidden");
  }

  @Test
  void aPersonAssociatesAndTheAdminSeesThemWithTheirAchievements() {
    String contoso = createOrganization("Contoso Members");
    String rui = createPerson("Rui Members");

    post(Tokens.agent(), PERSONS + "/" + rui + "/achievements", EXAM)
        .statusCode(201)
        .header("Location", endsWith(PERSONS + "/" + rui + "/achievements"))
        .body("personId", equalTo(rui))
        .body("kind", equalTo("EXAM"))
        .body("expiresOn", nullValue());
    problem(
        post(Tokens.agent(), PERSONS + "/" + rui + "/achievements", EXAM),
        409,
        "achievement-already-recorded");
    problem(
        post(Tokens.person(rui), PERSONS + "/" + rui + "/achievements", EXAM), 403, "forbidden");

    put(Tokens.person(rui), PERSONS + "/" + rui + "/association", orgRef(contoso))
        .statusCode(200)
        .body("currentOrganizationId", equalTo(contoso))
        .body("associations[0].since", equalTo("2025-04-01"))
        .body("associations[0].until", nullValue());

    get(Tokens.adminOf(contoso), ORGANIZATIONS + "/" + contoso + "/persons")
        .statusCode(200)
        .body("items.id", contains(rui))
        .body("items[0].since", equalTo("2025-04-01"))
        .body("items[0].achievements.code", contains("70-533"));
    get(Tokens.adminOf(contoso), PERSONS + "/" + rui + "/achievements")
        .statusCode(200)
        .body("", hasSize(1));
  }

  @Test
  void onlyThePersonAssociatesAndThePolicyLimitsHowOften() {
    String contoso = createOrganization("Contoso Policy");
    String fabrikam = createOrganization("Fabrikam Policy");
    String ana = createPerson("Ana Policy");

    problem(
        put(Tokens.agent(), PERSONS + "/" + ana + "/association", orgRef(contoso)),
        403,
        "only-the-person");
    problem(
        put(Tokens.adminOf(contoso), PERSONS + "/" + ana + "/association", orgRef(contoso)),
        403,
        "only-the-person");
    put(Tokens.person(ana), PERSONS + "/" + ana + "/association", orgRef(contoso)).statusCode(200);
    problem(
        put(Tokens.person(ana), PERSONS + "/" + ana + "/association", orgRef(contoso)),
        409,
        "already-associated");
    problem(
        put(Tokens.person(ana), PERSONS + "/" + ana + "/association", orgRef(fabrikam)),
        422,
        "association-too-soon");
  }

  @Test
  void anAdminRemovesALeaverAndTheHistoryKeepsIt() {
    String contoso = createOrganization("Contoso Leavers");
    String fabrikam = createOrganization("Fabrikam Leavers");
    String eva = createPerson("Eva Leavers");
    put(Tokens.person(eva), PERSONS + "/" + eva + "/association", orgRef(contoso)).statusCode(200);

    problem(
        delete(Tokens.adminOf(fabrikam), ORGANIZATIONS + "/" + contoso + "/persons/" + eva),
        403,
        "access-denied");
    delete(Tokens.adminOf(contoso), ORGANIZATIONS + "/" + contoso + "/persons/" + eva)
        .statusCode(204);

    get(Tokens.person(eva), PERSONS + "/" + eva)
        .statusCode(200)
        .body("currentOrganizationId", nullValue())
        .body("associations[0].organizationId", equalTo(contoso))
        .body("associations[0].until", equalTo("2025-04-01"))
        .body("associations[0].end", equalTo("REMOVED_BY_ADMIN"));
    problem(
        delete(Tokens.person(eva), PERSONS + "/" + eva + "/association"), 409, "not-associated");
    problem(get(Tokens.adminOf(contoso), PERSONS + "/" + eva), 403, "access-denied");
  }

  @Test
  void aPersonLeavesTheirOrganization() {
    String contoso = createOrganization("Contoso Leaving");
    String joao = createPerson("Joao Leaving");
    put(Tokens.person(joao), PERSONS + "/" + joao + "/association", orgRef(contoso))
        .statusCode(200);

    problem(delete(Tokens.agent(), PERSONS + "/" + joao + "/association"), 403, "only-the-person");
    delete(Tokens.person(joao), PERSONS + "/" + joao + "/association")
        .statusCode(200)
        .body("currentOrganizationId", nullValue())
        .body("associations[0].end", equalTo("LEFT"));
  }

  @Test
  void conflictsAndRuleRefusalsOfRecordingAreProblems() {
    String lia = createPerson("Lia Records");
    problem(
        post(Tokens.agent(), PERSONS, Http.person("Another Lia", "lia.records@example.com")),
        409,
        "email-taken");
    problem(
            post(
                Tokens.agent(),
                PERSONS + "/" + lia + "/achievements",
                "{\"kind\":\"CERTIFICATION\",\"code\":\"MCSA\",\"earnedOn\":\"2024-03-15\",\"expiresOn\":\"2024-03-14\"}"),
            400,
            "invalid-value")
        .body("errors.field", contains("expiresOn"));
  }

  private static String orgRef(String organizationId) {
    return "{\"organizationId\":\"" + organizationId + "\"}";
  }
}
