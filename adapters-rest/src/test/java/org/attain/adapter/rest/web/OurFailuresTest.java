package org.attain.adapter.rest.web;

import static io.restassured.RestAssured.given;
import static org.attain.adapter.rest.web.Http.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A failure of our own is a problem too, and says nothing of its cause. */
@QuarkusTest
class OurFailuresTest {

  @Test
  void aBugIsAnInternalErrorThatTellsNothingOfItsCause() {
    problem(given().get("/test/failing").then(), 500, "internal-error")
        .body("detail", containsString("incident"))
        .body(not(containsString("secret")))
        .body(not(containsString("IllegalStateException")));
  }
}
