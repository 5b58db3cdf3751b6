package org.attain.adapter.persistence.catalog;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A step of an option as stored; its {@code kind} field tells which one. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CertifiedIndividualsDocument.class, name = "certifiedIndividuals"),
  @JsonSubTypes.Type(value = PerformanceDocument.class, name = "performance")
})
sealed interface StepDocument permits CertifiedIndividualsDocument, PerformanceDocument {}
