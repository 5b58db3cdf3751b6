package org.attain.adapter.rest.competency;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.attain.adapter.rest.catalog.StepDocument;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The progress on one step, told apart by its {@code kind} as the catalog's steps are. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = PersonsProgressResponse.class, name = StepDocument.PERSONS),
  @JsonSubTypes.Type(value = PerformanceProgressResponse.class, name = StepDocument.PERFORMANCE)
})
@Schema(
    name = "StepProgress",
    oneOf = {PersonsProgressResponse.class, PerformanceProgressResponse.class},
    discriminatorProperty = "kind",
    discriminatorMapping = {
      @DiscriminatorMapping(value = StepDocument.PERSONS, schema = PersonsProgressResponse.class),
      @DiscriminatorMapping(
          value = StepDocument.PERFORMANCE,
          schema = PerformanceProgressResponse.class)
    })
public sealed interface StepProgressResponse
    permits PersonsProgressResponse, PerformanceProgressResponse {

  boolean met();
}
