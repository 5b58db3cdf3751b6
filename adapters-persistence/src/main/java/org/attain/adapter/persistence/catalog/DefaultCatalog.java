package org.attain.adapter.persistence.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.shared.InvalidValueException;

/** The catalog the service ships with, read from its class-path resource. */
final class DefaultCatalog {

  static final String RESOURCE = "catalog/default-catalog-v1.json";

  private DefaultCatalog() {}

  /**
   * The default catalog, checked whole by the domain.
   *
   * @throws IllegalStateException when the resource is missing or is not a valid catalog
   */
  static Catalog load() {
    String json = resource();
    try {
      return CatalogDocumentReader.toDomain(CatalogDocumentJson.read(json));
    } catch (IllegalArgumentException | InvalidValueException e) {
      throw new IllegalStateException(RESOURCE + " is not a valid catalog: " + e.getMessage(), e);
    }
  }

  private static String resource() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in =
        (loader == null ? DefaultCatalog.class.getClassLoader() : loader)
            .getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
