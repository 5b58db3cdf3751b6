package org.attain.adapter.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.attain.application.contract.CatalogSamples;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * The stored documents have exactly the shape of the default catalog resource, keep every part of a
 * version, and a malformed one is refused naming where.
 */
class CatalogDocumentsTest {

  private final CatalogDocumentMapper mapper = new CatalogDocumentMapperImpl();

  @Test
  void theDefaultCatalogWrittenBackIsTheResourceItWasReadFrom() throws IOException {
    String resource = resource();

    String written = write(read(resource));

    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(written)).isEqualTo(json.readTree(resource));
  }

  @Test
  void aVersionWithEveryKindOfContentIsReadBackEqual() {
    Catalog catalog = CatalogSamples.aFullCatalog(7, LocalDate.of(2026, 2, 28));

    assertThat(read(write(catalog))).isEqualTo(catalog);
  }

  @Test
  void decimalsAreWrittenAsExactNumbers() {
    String written = write(CatalogSamples.aFullCatalog(7, LocalDate.of(2026, 2, 28)));

    assertThat(written)
        .contains("{\"developed\":15000.50,\"developing\":10000.05}")
        .contains("\"silver\":null")
        .doesNotContain("\"ofWhom\":null");
  }

  @Test
  void anInvalidValueIsRefusedWithItsPathFromTheRoot() throws IOException {
    JsonNode tree = new ObjectMapper().readTree(resource());
    ((ObjectNode) tree.at("/competencies/3/gold/options/0/steps/1")).put("count", 0);

    assertThatThrownBy(() -> read(tree.toString()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("competencies[3].gold.options[0].steps[1].count"));
  }

  @Test
  void anUnknownConstantOrCodeIsRefusedWithItsPath() throws IOException {
    JsonNode tree = new ObjectMapper().readTree(resource());
    ((ObjectNode) tree.at("/competencies/3/silver/options/0/steps/0"))
        .put("metric", "BITCOIN_MINED");

    assertThatThrownBy(() -> read(tree.toString()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.field())
                    .isEqualTo("competencies[3].silver.options[0].steps[0].metric"));
  }

  @Test
  void aDocumentWithAnUnknownFieldOrAFractionalCountIsNotACatalog() throws IOException {
    String resource = resource();

    assertThatThrownBy(() -> read(resource.replaceFirst("\"count\": 2", "\"count\": 2.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
    assertThatThrownBy(() -> read(resource.replaceFirst("\"count\": 2", "\"cuont\": 2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cuont");
    assertThatThrownBy(() -> read(resource.replaceFirst("certifiedIndividuals", "individuals")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("individuals");
  }

  private Catalog read(String json) {
    return CatalogDocumentReader.toDomain(CatalogDocumentJson.read(json));
  }

  private String write(Catalog catalog) {
    return CatalogDocumentJson.write(mapper.toDocument(catalog));
  }

  private static String resource() throws IOException {
    try (InputStream in =
        CatalogDocumentsTest.class.getClassLoader().getResourceAsStream(DefaultCatalog.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
