package org.attain.bootstrap.e2e;

import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.Test;

/** The production profile never trusts the development key that anyone can sign with. */
@QuarkusTest
@TestProfile(ProductionTrustEndToEndTest.ProductionConfiguration.class)
class ProductionTrustEndToEndTest {

  /** The production profile's configuration, on the test database (H2 in memory by default). */
  public static class ProductionConfiguration implements QuarkusTestProfile {
    @Override
    public String getConfigProfile() {
      return "prod";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      if (System.getenv("ATTAIN_DB_URL") != null) {
        return Map.of("quarkus.http.test-port", "0");
      }
      return Map.of(
          "quarkus.datasource.jdbc.url",
          "jdbc:h2:mem:attain-prod;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
          "quarkus.http.test-port",
          "0");
    }
  }

  @Test
  void developmentTokensAreRefused() {
    as(DevTokens.agent())
        .get(BASE + "/organizations")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("unauthenticated"));
  }
}
