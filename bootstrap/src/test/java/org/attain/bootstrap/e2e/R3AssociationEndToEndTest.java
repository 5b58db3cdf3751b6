package org.attain.bootstrap.e2e;

import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.asAgent;
import static org.attain.bootstrap.support.Api.associate;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.attain.bootstrap.support.Api.createPerson;
import static org.attain.bootstrap.support.Api.recordExam;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import org.attain.bootstrap.support.AdjustableClock;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.Test;

/** R3 through HTTP: a person's achievements count for one organization at a time. */
@QuarkusTest
class R3AssociationEndToEndTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject AdjustableClock clock;

  @Test
  void R3_movingDetachesFromThePreviousOrganizationAndTakesTheAchievementsAlong() {
    UUID first = createOrganization("Fabrikam");
    UUID second = createOrganization("Northwind");
    UUID person = createPerson("Carla Dias");
    recordExam(person, "70-533");

    associate(person, first)
        .statusCode(200)
        .body("currentOrganizationId", equalTo(first.toString()));
    clock.advance(Period.ofDays(30));
    associate(person, second)
        .statusCode(200)
        .body("currentOrganizationId", equalTo(second.toString()));

    as(DevTokens.partnerAdmin(first))
        .get(BASE + "/organizations/{id}/persons", first)
        .then()
        .statusCode(200)
        .body("items", empty())
        .body("total", equalTo(0));
    as(DevTokens.partnerAdmin(second))
        .get(BASE + "/organizations/{id}/persons", second)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(person.toString()))
        .body("items[0].achievements.code", contains("70-533"));
  }

  @Test
  void R3_theHistoryOfAssociationsIsKept() {
    UUID first = createOrganization("Litware");
    UUID second = createOrganization("Tailspin");
    UUID person = createPerson("Duarte Reis");

    associate(person, first).statusCode(200);
    clock.advance(Period.ofDays(31));
    associate(person, second).statusCode(200);
    clock.advance(Period.ofDays(1));
    as(DevTokens.person(person))
        .delete(BASE + "/persons/{id}/association", person)
        .then()
        .statusCode(200)
        .body("currentOrganizationId", nullValue());

    as(DevTokens.person(person))
        .get(BASE + "/persons/{id}", person)
        .then()
        .statusCode(200)
        .body("associations", hasSize(2))
        .body("associations[0].organizationId", equalTo(first.toString()))
        .body("associations[0].end", equalTo("MOVED"))
        .body("associations[1].organizationId", equalTo(second.toString()))
        .body("associations[1].end", equalTo("LEFT"));
  }

  @Test
  void R3_thePolicyRefusesAChangeWithin30DaysWithAProblem() {
    UUID first = createOrganization("Adatum");
    UUID second = createOrganization("Proseware");
    UUID person = createPerson("Eva Lima");
    associate(person, first).statusCode(200);

    associate(person, second)
        .statusCode(422)
        .contentType(PROBLEM)
        .body("code", equalTo("association-too-soon"))
        .body("type", equalTo("urn:attain:problem:association-too-soon"))
        .body("status", equalTo(422))
        .body("detail", containsString("next association is possible on"));

    as(DevTokens.person(person))
        .get(BASE + "/persons/{id}", person)
        .then()
        .body("currentOrganizationId", equalTo(first.toString()))
        .body("associations", hasSize(1));
  }

  @Test
  void R3_thePolicyRefusesAFourthAssociationWithin12Months() {
    UUID person = createPerson("Filipa Moura");
    for (int i = 0; i < 3; i++) {
      associate(person, createOrganization("Org " + i)).statusCode(200);
      clock.advance(Period.ofDays(31));
    }

    associate(person, createOrganization("One too many"))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("code", equalTo("association-limit-reached"));
  }

  @Test
  void R3_onlyThePersonCanAssociateTheirAchievements() {
    UUID organization = createOrganization("Wingtip");
    UUID person = createPerson("Gil Sousa");
    Map<String, String> body = Map.of("organizationId", organization.toString());

    for (String token :
        new String[] {
          DevTokens.agent(),
          DevTokens.partnerAdmin(organization),
          DevTokens.person(UUID.randomUUID())
        }) {
      as(token)
          .body(body)
          .put(BASE + "/persons/{id}/association", person)
          .then()
          .statusCode(403)
          .contentType(PROBLEM);
    }
    asAgent().get(BASE + "/persons/{id}", person).then().body("associations", empty());
  }

  @Test
  void R3_anAdminRemovesAPersonWhoHasLeft() {
    UUID organization = createOrganization("Coho");
    UUID person = createPerson("Helena Rocha");
    associate(person, organization).statusCode(200);

    as(DevTokens.partnerAdmin(organization))
        .delete(BASE + "/organizations/{id}/persons/{personId}", organization, person)
        .then()
        .statusCode(204);

    as(DevTokens.partnerAdmin(organization))
        .get(BASE + "/organizations/{id}/persons", organization)
        .then()
        .body("total", equalTo(0));
    asAgent()
        .get(BASE + "/persons/{id}", person)
        .then()
        .body("currentOrganizationId", nullValue())
        .body("associations[0].end", equalTo("REMOVED_BY_ADMIN"));
  }

  @Test
  void R3_anAdminOfAnotherOrganizationCannotSeeOrRemoveItsPersons() {
    UUID organization = createOrganization("Relecloud");
    UUID other = createOrganization("Contoso");
    UUID person = createPerson("Igor Pinto");
    associate(person, organization).statusCode(200);
    String foreignAdmin = DevTokens.partnerAdmin(other);

    as(foreignAdmin)
        .get(BASE + "/organizations/{id}/persons", organization)
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("code", equalTo("access-denied"));
    as(foreignAdmin)
        .delete(BASE + "/organizations/{id}/persons/{personId}", organization, person)
        .then()
        .statusCode(403);
    as(foreignAdmin).get(BASE + "/persons/{id}", person).then().statusCode(403);
    as(foreignAdmin).get(BASE + "/organizations/{id}", organization).then().statusCode(403);

    as(DevTokens.partnerAdmin(organization))
        .get(BASE + "/organizations/{id}/persons", organization)
        .then()
        .body("total", equalTo(1));
  }
}
