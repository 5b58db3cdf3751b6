package org.attain.adapter.rest.web;

import static org.attain.adapter.rest.web.Http.CATALOG;
import static org.attain.adapter.rest.web.Http.anonymousGet;
import static org.attain.adapter.rest.web.Http.createOrganization;
import static org.attain.adapter.rest.web.Http.post;
import static org.attain.adapter.rest.web.Http.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.attain.adapter.rest.catalog.DefaultCatalog;
import org.junit.jupiter.api.Test;

/** The catalog through HTTP: public to read, published by agents, refused when malformed. */
@QuarkusTest
class CatalogFlowTest {

  static final String VERSIONS = CATALOG + "/versions";
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anyoneReadsTheCatalogInForceWithoutAToken() {
    anonymousGet(CATALOG)
        .statusCode(200)
        .body("version", equalTo(1))
        .body("effectiveFrom", equalTo("2017-01-01"))
        .body("retiredCredentials[0].code", equalTo("70-534"))
        .body("competencies", hasSize(18))
        .body("competencies[3].id", equalTo("cloud-platform"))
        .body("competencies[3].silver.options[0].steps[0].kind", equalTo("performance"))
        .body("competencies[3].silver.options[0].steps[0].threshold.developed", equalTo(15000))
        .body("competencies[3].silver.options[0].steps[1].kind", equalTo("certifiedIndividuals"))
        .body(
            "competencies[3].silver.options[0].steps[1].qualification.tracks[1]",
            contains("70-533"))
        .body("competencies[9].id", equalTo("enterprise-resource-planning"))
        .body("competencies[9].silver", nullValue());
    anonymousGet(CATALOG + "?asOf=2017-01-01").statusCode(200).body("version", equalTo(1));
    anonymousGet(VERSIONS + "/1").statusCode(200).body("competencies", hasSize(18));
    anonymousGet(VERSIONS)
        .statusCode(200)
        .body("items[0].version", equalTo(1))
        .body("items[0].effectiveFrom", equalTo("2017-01-01"))
        .body("items[0].competencyCount", equalTo(18))
        .body("page", equalTo(0));
  }

  @Test
  void readsOutsideTheCatalogsHistoryAreProblems() {
    problem(anonymousGet(CATALOG + "?asOf=2016-12-31"), 422, "no-catalog-in-force");
    problem(anonymousGet(CATALOG + "?asOf=2025-02-30"), 400, "validation-failed")
        .body("errors.field", contains("asOf"));
    problem(anonymousGet(CATALOG + "?asOf=yesterday"), 400, "validation-failed");
    problem(anonymousGet(VERSIONS + "/999"), 404, "catalog-version-not-found");
    problem(anonymousGet(VERSIONS + "/first"), 404, "not-found");
  }

  @Test
  void anAgentPublishesTheCatalogItReadAsANewVersion() {
    LocalDate from = nextEffectiveDay();
    String edited = edit(anonymousGet(CATALOG).extract().asString(), from);

    int version =
        post(Tokens.agent(), VERSIONS, edited)
            .statusCode(201)
            .header("Location", endsWith(VERSIONS + "/" + latestVersion()))
            .body("effectiveFrom", equalTo(from.toString()))
            .body("competencies", hasSize(18))
            .extract()
            .path("version");

    anonymousGet(CATALOG + "?asOf=" + from).statusCode(200).body("version", equalTo(version));
    anonymousGet(CATALOG + "?asOf=" + from.minusDays(1))
        .statusCode(200)
        .body("version", equalTo(version - 1));
    anonymousGet(VERSIONS + "/" + version).statusCode(200).body("version", equalTo(version));
  }

  @Test
  void onlyAgentsPublishAndNeverForThePast() {
    String organization = createOrganization("Contoso Catalog");
    String catalog = DefaultCatalog.json();
    LocalDate from = nextEffectiveDay();

    problem(post(Tokens.adminOf(organization), VERSIONS, edit(catalog, from)), 403, "forbidden");
    problem(Http.anonymousPost(VERSIONS, edit(catalog, from)), 401, "unauthenticated");
    problem(
        post(Tokens.agent(), VERSIONS, edit(catalog, InMemoryProgramme.TODAY.minusDays(1))),
        422,
        "catalog-effective-in-the-past");
    post(Tokens.agent(), VERSIONS, edit(catalog, from)).statusCode(201);
    problem(
        post(Tokens.agent(), VERSIONS, edit(catalog, from)), 422, "catalog-effective-too-early");
  }

  @Test
  void aMalformedCatalogIsRefusedNamingTheFieldAndNothingIsStored() {
    int versions = latestVersion();
    LocalDate from = nextEffectiveDay();

    problem(
            refused(from, tree -> step(tree, 3, "gold", 0, 1).put("count", 0)),
            400,
            "validation-failed")
        .body("errors.field", contains("competencies[3].gold.options[0].steps[1].count"));
    problem(
            refused(from, tree -> step(tree, 2, "silver", 0, 0).with("ofWhom").put("count", 3)),
            400,
            "invalid-value")
        .body("errors.field", contains("competencies[2].silver.options[0].steps[0].ofWhom.count"))
        .body(
            "errors[0].message",
            equalTo(
                "competencies[2].silver.options[0].steps[0].ofWhom.count must not exceed the"
                    + " step's count of 2"));
    problem(
            refused(
                from,
                tree ->
                    ((ArrayNode) step(tree, 0, "silver", 0, 0).at("/qualification/tracks/0"))
                        .set(0, JSON.getNodeFactory().textNode("70-480;drop"))),
            400,
            "invalid-value")
        .body(
            "errors.field",
            contains("competencies[0].silver.options[0].steps[0].qualification.tracks[0][0]"));
    problem(
            refused(from, tree -> ((ObjectNode) tree.at("/competencies/1")).put("id", "devops")),
            400,
            "invalid-value")
        .body("errors.field", contains("competencies[2].id"));

    assertNothingWasStored(versions);
  }

  @Test
  void stepsOfAnUnknownOrMissingKindAreRefusedNamingTheKind() {
    int versions = latestVersion();
    LocalDate from = nextEffectiveDay();

    problem(
            refused(from, tree -> step(tree, 3, "silver", 0, 0).put("kind", "customerEvidence")),
            400,
            "invalid-request")
        .body("errors.field", contains("competencies[3].silver.options[0].steps[0].kind"))
        .body("errors[0].message", equalTo("must be one of certifiedIndividuals, performance"));
    problem(
            refused(from, tree -> step(tree, 3, "silver", 0, 1).remove("kind")),
            400,
            "invalid-request")
        .body("errors.field", contains("competencies[3].silver.options[0].steps[1].kind"));
    problem(
            refused(from, tree -> step(tree, 3, "silver", 0, 0).put("metric", "AZURE_SPEND")),
            400,
            "invalid-request")
        .body("errors.field", contains("competencies[3].silver.options[0].steps[0].metric"));
    problem(
            refused(from, tree -> step(tree, 3, "silver", 0, 0).put("count", 1)),
            400,
            "invalid-request")
        .body("errors.field", contains("competencies[3].silver.options[0].steps[0].count"));

    assertNothingWasStored(versions);
  }

  private static void assertNothingWasStored(int versions) {
    anonymousGet(VERSIONS).statusCode(200).body("total", equalTo(versions));
    anonymousGet(CATALOG + "?asOf=2100-12-31").statusCode(200).body("version", equalTo(versions));
  }

  private static ValidatableResponse refused(LocalDate from, Consumer<ObjectNode> breakIt) {
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(edit(DefaultCatalog.json(), from));
      breakIt.accept(tree);
      return post(Tokens.agent(), VERSIONS, JSON.writeValueAsString(tree));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode step(
      JsonNode catalog, int competency, String level, int option, int step) {
    return (ObjectNode)
        catalog.at(
            "/competencies/%d/%s/options/%d/steps/%d".formatted(competency, level, option, step));
  }

  /** {@code catalog} to take effect from {@code from}. */
  private static String edit(String catalog, LocalDate from) {
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(catalog);
      tree.put("effectiveFrom", from.toString());
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int latestVersion() {
    List<Integer> versions = anonymousGet(VERSIONS + "?size=100").extract().path("items.version");
    return versions.getLast();
  }

  private static LocalDate latestEffectiveDay() {
    List<String> days = anonymousGet(VERSIONS + "?size=100").extract().path("items.effectiveFrom");
    return LocalDate.parse(days.getLast());
  }

  /** A day a new version may take effect: after the latest, and far enough not to disturb today. */
  private static LocalDate nextEffectiveDay() {
    LocalDate afterLatest = latestEffectiveDay().plusDays(1);
    LocalDate farAhead = InMemoryProgramme.TODAY.plusYears(5);
    return afterLatest.isAfter(farAhead) ? afterLatest : farAhead;
  }
}
