package org.attain.adapter.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A stored catalog version: the whole version as one JSON document, with its number and effective
 * day beside it as keys. Versions are added, never changed, so no optimistic version; the row's
 * creation time is the database's to set.
 */
@Entity
@Table(name = "catalog_version")
public class CatalogVersionEntity {

  @Id private Integer version;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(nullable = false)
  private String document;

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getDocument() {
    return document;
  }

  public void setDocument(String document) {
    this.document = document;
  }
}
