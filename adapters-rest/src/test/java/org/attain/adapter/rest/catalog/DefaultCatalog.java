package org.attain.adapter.rest.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.attain.adapter.rest.json.StrictJson;
import org.attain.application.port.in.ManageCatalog;
import org.attain.domain.catalog.Catalog;

/**
 * The catalog the service ships with, read through the API's own catalog document: that it reads at
 * all shows the API's catalog has the shape of the shipped resource.
 */
public final class DefaultCatalog {

  public static final String RESOURCE = "/catalog/default-catalog-v1.json";

  /** Reads and writes JSON as the service's does: strictly, dates as YYYY-MM-DD. */
  static final ObjectMapper JSON =
      StrictJson.apply(
          new ObjectMapper()
              .registerModule(new JavaTimeModule())
              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

  private DefaultCatalog() {}

  public static String json() {
    try (InputStream in = DefaultCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static CatalogDocument document() {
    try {
      return JSON.readValue(json(), CatalogDocument.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the default catalog does not read as a document", e);
    }
  }

  /** The default catalog as version {@code 1}, as the service stores it. */
  public static Catalog catalog() {
    CatalogDocument document = document();
    ManageCatalog.Change change = new CatalogMapperImpl().toChange(document);
    return new Catalog(
        document.version(),
        change.effectiveFrom(),
        change.retiredCredentials(),
        change.competencies());
  }
}
