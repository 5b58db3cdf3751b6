package org.attain.adapter.rest.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.function.Consumer;
import org.attain.adapter.rest.problem.Problem.FieldError;
import org.attain.adapter.rest.problem.ViolationProblems;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The checks at the edge name each offending field of a catalog by its JSON path. */
class CatalogDocumentValidationTest {

  private static final ValidatorFactory FACTORY =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void theDefaultCatalogPasses() {
    assertThat(VALIDATOR.validate(DefaultCatalog.document())).isEmpty();
  }

  @Test
  void eachOffendingFieldIsNamedByItsPath() {
    CatalogDocument broken =
        edited(
            tree -> {
              ((ObjectNode) tree.at("/competencies/3/gold/options/0/steps/1")).put("count", 0);
              ((ArrayNode)
                      tree.at("/competencies/0/silver/options/0/steps/0/qualification/tracks/2"))
                  .add(" ");
              ((ObjectNode) tree.at("/competencies/3/silver/options/0/steps/0/threshold"))
                  .put("developing", -1);
              ((ObjectNode) tree.at("/competencies/4")).remove("gold");
              tree.remove("effectiveFrom");
            });

    assertThat(ViolationProblems.of(VALIDATOR.validate(broken)).errors())
        .extracting(FieldError::field)
        .containsExactly(
            "competencies[0].silver.options[0].steps[0].qualification.tracks[2][1]",
            "competencies[3].gold.options[0].steps[1].count",
            "competencies[3].silver.options[0].steps[0].threshold.developing",
            "competencies[4].gold",
            "effectiveFrom");
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
}
