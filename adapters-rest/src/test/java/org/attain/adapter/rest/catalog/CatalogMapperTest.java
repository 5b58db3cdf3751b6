package org.attain.adapter.rest.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.attain.application.port.in.ManageCatalog;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Threshold;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class CatalogMapperTest {

  private final CatalogMapper mapper = new CatalogMapperImpl();

  @Test
  void theDefaultCatalogReadsAndWritesBackInTheShapeItShipsIn() throws JsonProcessingException {
    Catalog catalog = DefaultCatalog.catalog();

    String written = DefaultCatalog.JSON.writeValueAsString(mapper.toDocument(catalog));

    assertThat(catalog.competencies()).hasSize(18);
    assertThat(DefaultCatalog.JSON.readTree(written))
        .isEqualTo(DefaultCatalog.JSON.readTree(DefaultCatalog.json()));
  }

  @Test
  void aVersionSaysWhenItTookEffectAndHowManyCompetenciesItHolds() {
    assertThat(mapper.toVersion(DefaultCatalog.catalog()))
        .isEqualTo(new CatalogVersionResponse(1, LocalDate.of(2017, 1, 1), 18));
  }

  @Test
  void thresholdsAreWrittenAsPlainNumbers() {
    ThresholdDocument written =
        mapper.toDocument(new Threshold(new BigDecimal("15000.00"), new BigDecimal("1E+4")));

    assertThat(written.developed().toString()).isEqualTo("15000");
    assertThat(written.developing().toString()).isEqualTo("10000");
  }

  @Test
  void aChangeKeepsTheDocumentsContentAndLeavesTheVersionToTheService() {
    ManageCatalog.Change change = mapper.toChange(DefaultCatalog.document());

    assertThat(change.effectiveFrom()).isEqualTo(LocalDate.of(2017, 1, 1));
    assertThat(change.competencies()).isEqualTo(DefaultCatalog.catalog().competencies());
    assertThat(change.retiredCredentials()).hasSize(1);
  }

  @Test
  void aRefusalDeepInTheCatalogIsNamedByItsJsonPath() {
    assertRefused(
            tree -> step(tree, 3, "gold", 0, 1).put("count", 0),
            "competencies[3].gold.options[0].steps[1].count")
        .hasMessage("competencies[3].gold.options[0].steps[1].count must be at least 1");
    assertRefused(
            tree -> step(tree, 2, "silver", 0, 0).with("ofWhom").put("count", 3),
            "competencies[2].silver.options[0].steps[0].ofWhom.count")
        .hasMessage(
            "competencies[2].silver.options[0].steps[0].ofWhom.count must not exceed the step's"
                + " count of 2");
    assertRefused(
        tree -> ((ObjectNode) tree.at("/competencies/0")).put("id", "Application Development"),
        "competencies[0].id");
    assertRefused(
        tree -> ((ObjectNode) tree.at("/retiredCredentials/0")).put("code", "70-534;"),
        "retiredCredentials[0].code");
  }

  @Test
  void codesOfATrackAreNamedAsElementsOfItsArray() {
    String tracks = "competencies[0].silver.options[0].steps[0].qualification.tracks";
    assertRefused(tree -> track(tree, 0).set(0, text("70-480;drop")), tracks + "[0][0]")
        .hasMessageStartingWith(tracks + "[0][0] may hold letters");
    assertRefused(tree -> track(tree, 0).add("70-480"), tracks + "[0][1]")
        .hasMessage(tracks + "[0][1] repeats 70-480");
    assertRefused(tree -> track(tree, 0).removeAll(), tracks + "[0]");
    assertRefused(
        tree ->
            ((ArrayNode) tree.at("/competencies/0/silver/options/0/steps/0/qualification/tracks"))
                .add(track(tree, 0).deepCopy()),
        tracks + "[9]");
  }

  @Test
  void optionsOfALevelAreNamedOnce() {
    assertRefused(
        tree -> {
          ArrayNode options = (ArrayNode) tree.at("/competencies/3/silver/options");
          options.add(options.get(0).deepCopy());
        },
        "competencies[3].silver.options[1].name");
  }

  @Test
  void thresholdsHoldNoMorePrecisionThanTheMetricsUnit() {
    assertRefused(
            tree ->
                ((ObjectNode) step(tree, 5, "silver", 2, 1).get("threshold"))
                    .put("developed", new BigDecimal("250.5")),
            "competencies[5].silver.options[2].steps[1].threshold.developed")
        .hasMessageEndingWith("must be a whole number");
    assertRefused(
        tree ->
            ((ObjectNode) step(tree, 3, "silver", 0, 0).get("threshold"))
                .put("developing", new BigDecimal("10000.001")),
        "competencies[3].silver.options[0].steps[0].threshold.developing");
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      Consumer<ObjectNode> breakIt, String field) {
    CatalogDocument document = edited(breakIt);
    return assertThatThrownBy(
            () -> {
              ManageCatalog.Change change = mapper.toChange(document);
              new Catalog(
                  2, change.effectiveFrom(), change.retiredCredentials(), change.competencies());
            })
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static CatalogDocument edited(Consumer<ObjectNode> breakIt) {
    try {
      ObjectNode tree = (ObjectNode) DefaultCatalog.JSON.readTree(DefaultCatalog.json());
      breakIt.accept(tree);
      return DefaultCatalog.JSON.treeToValue(tree, CatalogDocument.class);
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

  private static ArrayNode track(JsonNode catalog, int track) {
    return (ArrayNode)
        catalog.at("/competencies/0/silver/options/0/steps/0/qualification/tracks/" + track);
  }

  private static JsonNode text(String value) {
    return DefaultCatalog.JSON.getNodeFactory().textNode(value);
  }
}
