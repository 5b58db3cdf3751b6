package org.attain.adapter.persistence.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads and writes catalog documents as JSON. The mapper is the adapter's own, not the REST one:
 * the stored format must not change when the API's JSON settings do. Reading is strict (no unknown
 * or repeated field, no fraction where a whole number goes) so that a typo is not silently lost.
 */
final class CatalogDocumentJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .build();

  private CatalogDocumentJson() {}

  /**
   * The document {@code json} holds.
   *
   * @throws IllegalArgumentException when it is not a catalog document, naming where it fails
   */
  static CatalogDocument read(String json) {
    try {
      return MAPPER.readValue(json, CatalogDocument.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a catalog document: " + e.getMessage(), e);
    }
  }

  static String write(CatalogDocument document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a catalog document could not be written", e);
    }
  }
}
