package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.Http.anonymousGet;
import static org.attain.adapter.rest.web.Http.buySilverThanksTo;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.get;
import static org.attain.adapter.rest.web.Http.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, the agents' view through HTTP: an agent lists a Silver member resting on one person
 * with what its row says; bad horizons and paging are 400 problems, other roles 403, no token 401.
 */
@QuarkusTest
class AtRiskFlowTest {

  private static final String AT_RISK = "/api/v1/at-risk";

  @Test
  void anAgentListsAMemberRestingOnOnePersonWithoutNamingThePerson() {
    String contoso = createOrganization("Contoso At Risk");
    buySilverThanksTo("Ana At Risk", contoso);
    String row = "items.find { it.organizationId == '" + contoso + "' }";

    get(Tokens.agent(), AT_RISK + "?lapsingWithinDays=0&size=100")
        .statusCode(200)
        .body("items.organizationId", hasItem(contoso))
        .body(row + ".name", equalTo("Contoso At Risk"))
        .body(row + ".membershipLevel", equalTo("SILVER"))
        .body(row + ".termEndsOn", equalTo("2026-03-31"))
        .body(row + ".daysLeft", equalTo(365))
        .body(row + ".lapsing", equalTo(false))
        .body(row + ".restsOnOnePerson", equalTo(true))
        .body(row + ".restsOnOnePersonSince", equalTo("2025-04-01"))
        .body(row + ".ongoingAlerts[0].kind", equalTo("MEMBERSHIP_RESTS_ON_ONE_PERSON"))
        .body(row, not(org.hamcrest.Matchers.hasKey("keyPersons")))
        .body("page", equalTo(0))
        .body("size", equalTo(100));
    get(Tokens.agent(), AT_RISK)
        .statusCode(200)
        .body("size", equalTo(20))
        .body("items.organizationId", hasItem(contoso));
  }

  @Test
  void aHorizonOrPagingOutOfBoundsIsABadRequest() {
    for (String bad : new String[] {"367", "-1", "abc", "1.5", "99999999999999999999"}) {
      problem(get(Tokens.agent(), AT_RISK + "?lapsingWithinDays=" + bad), 400, "validation-failed")
          .body("errors[0].field", equalTo("lapsingWithinDays"));
    }
    problem(get(Tokens.agent(), AT_RISK + "?size=0"), 400, "validation-failed");
    problem(get(Tokens.agent(), AT_RISK + "?size=101"), 400, "validation-failed");
    problem(get(Tokens.agent(), AT_RISK + "?page=-1"), 400, "validation-failed");
    get(Tokens.agent(), AT_RISK + "?lapsingWithinDays=366").statusCode(200);
  }

  @Test
  void onlyAgentsListOrganizationsAtRisk() {
    String contoso = createOrganization("Contoso At Risk Access");

    problem(get(Tokens.adminOf(contoso), AT_RISK), 403, "forbidden");
    problem(get(Tokens.person(UUID.randomUUID().toString()), AT_RISK), 403, "forbidden");
    problem(anonymousGet(AT_RISK), 401, "unauthenticated");
  }
}
