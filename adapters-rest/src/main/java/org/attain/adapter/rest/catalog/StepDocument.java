package org.attain.adapter.rest.catalog;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of an option, told apart by its {@code kind}. A missing or unknown kind is refused with
 * 400 naming the step's {@code kind}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CertifiedIndividualsDocument.class, name = StepDocument.PERSONS),
  @JsonSubTypes.Type(value = PerformanceDocument.class, name = StepDocument.PERFORMANCE)
})
@Schema(
    name = "Step",
    oneOf = {CertifiedIndividualsDocument.class, PerformanceDocument.class},
    discriminatorProperty = "kind",
    discriminatorMapping = {
      @DiscriminatorMapping(
          value = StepDocument.PERSONS,
          schema = CertifiedIndividualsDocument.class),
      @DiscriminatorMapping(value = StepDocument.PERFORMANCE, schema = PerformanceDocument.class)
    })
public sealed interface StepDocument permits CertifiedIndividualsDocument, PerformanceDocument {

  String PERSONS = "certifiedIndividuals";
  String PERFORMANCE = "performance";
}
