package org.attain.adapter.rest.whatif;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.attain.adapter.rest.metric.RecordMetricRequest;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.metric.Metric;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Issue 13: one hypothetical change, told apart by its {@code type}. A missing or unknown type is
 * refused with 400 naming the change's {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ChangeRequest.PersonLeaves.class, name = "PERSON_LEAVES"),
  @JsonSubTypes.Type(value = ChangeRequest.PersonJoins.class, name = "PERSON_JOINS"),
  @JsonSubTypes.Type(value = ChangeRequest.AchievementEarned.class, name = "ACHIEVEMENT_EARNED"),
  @JsonSubTypes.Type(value = ChangeRequest.AchievementExpires.class, name = "ACHIEVEMENT_EXPIRES"),
  @JsonSubTypes.Type(value = ChangeRequest.ExamRetired.class, name = "EXAM_RETIRED"),
  @JsonSubTypes.Type(value = ChangeRequest.MetricReported.class, name = "METRIC_REPORTED"),
  @JsonSubTypes.Type(value = ChangeRequest.OverrideEnds.class, name = "OVERRIDE_ENDS"),
  @JsonSubTypes.Type(value = ChangeRequest.CatalogVersionUsed.class, name = "CATALOG_VERSION_USED")
})
@Schema(
    name = "WhatIfChange",
    oneOf = {
      ChangeRequest.PersonLeaves.class,
      ChangeRequest.PersonJoins.class,
      ChangeRequest.AchievementEarned.class,
      ChangeRequest.AchievementExpires.class,
      ChangeRequest.ExamRetired.class,
      ChangeRequest.MetricReported.class,
      ChangeRequest.OverrideEnds.class,
      ChangeRequest.CatalogVersionUsed.class
    },
    discriminatorProperty = "type",
    discriminatorMapping = {
      @DiscriminatorMapping(value = "PERSON_LEAVES", schema = ChangeRequest.PersonLeaves.class),
      @DiscriminatorMapping(value = "PERSON_JOINS", schema = ChangeRequest.PersonJoins.class),
      @DiscriminatorMapping(
          value = "ACHIEVEMENT_EARNED",
          schema = ChangeRequest.AchievementEarned.class),
      @DiscriminatorMapping(
          value = "ACHIEVEMENT_EXPIRES",
          schema = ChangeRequest.AchievementExpires.class),
      @DiscriminatorMapping(value = "EXAM_RETIRED", schema = ChangeRequest.ExamRetired.class),
      @DiscriminatorMapping(value = "METRIC_REPORTED", schema = ChangeRequest.MetricReported.class),
      @DiscriminatorMapping(value = "OVERRIDE_ENDS", schema = ChangeRequest.OverrideEnds.class),
      @DiscriminatorMapping(
          value = "CATALOG_VERSION_USED",
          schema = ChangeRequest.CatalogVersionUsed.class)
    })
public sealed interface ChangeRequest {

  /** A person who counts for the organization leaves it. */
  @Schema(name = "WhatIfPersonLeaves")
  record PersonLeaves(@NotNull UUID personId) implements ChangeRequest {}

  /** A registered person (with their stored achievements) or a newcomer joins. */
  @Schema(name = "WhatIfPersonJoins")
  record PersonJoins(
      @Schema(description = "A registered person; absent for a hypothetical newcomer")
          UUID personId,
      @Schema(description = "Achievements they would hold besides any stored ones")
          @Size(max = 50)
          @Valid
          List<@NotNull EarnedRequest> achievements)
      implements ChangeRequest {}

  /** A person who counts (or joined earlier in the scenario) earns an achievement. */
  @Schema(name = "WhatIfAchievementEarned")
  record AchievementEarned(
      @NotNull UUID personId,
      @NotNull AchievementKind kind,
      @NotBlank @Size(max = AchievementCode.MAX_LENGTH) @Schema(examples = "70-533") String code,
      @NotNull LocalDate earnedOn,
      LocalDate expiresOn)
      implements ChangeRequest {}

  /** A stored achievement of a counted person is valid through {@code lastDay} only. */
  @Schema(name = "WhatIfAchievementExpires")
  record AchievementExpires(@NotNull UUID achievementId, @NotNull LocalDate lastDay)
      implements ChangeRequest {}

  /** The catalog retires an exam, which earns credit through {@code creditEndsOn}. */
  @Schema(name = "WhatIfExamRetired")
  record ExamRetired(
      @NotBlank @Size(max = AchievementCode.MAX_LENGTH) @Schema(examples = "70-533") String code,
      @NotNull LocalDate creditEndsOn)
      implements ChangeRequest {}

  /** A metric value is reported for a period. */
  @Schema(name = "WhatIfMetricReported")
  record MetricReported(
      @NotNull Metric metric,
      @NotNull
          @DecimalMin("0")
          @Digits(integer = RecordMetricRequest.MAX_WHOLE_DIGITS, fraction = 2)
          @Schema(type = SchemaType.STRING, examples = "15000.00")
          BigDecimal value,
      @NotNull LocalDate periodStart,
      @NotNull LocalDate periodEnd)
      implements ChangeRequest {}

  /** One of the organization's overrides holds through {@code lastDay} at most. */
  @Schema(name = "WhatIfOverrideEnds")
  record OverrideEnds(@NotNull UUID overrideId, @NotNull LocalDate lastDay)
      implements ChangeRequest {}

  /** The organization is evaluated against another stored catalog version, one to come. */
  @Schema(name = "WhatIfCatalogVersionUsed")
  record CatalogVersionUsed(@Min(1) int version) implements ChangeRequest {}

  /** An achievement a joining person would hold. */
  @Schema(name = "WhatIfAchievement")
  record EarnedRequest(
      @NotNull AchievementKind kind,
      @NotBlank @Size(max = AchievementCode.MAX_LENGTH) String code,
      @NotNull LocalDate earnedOn,
      LocalDate expiresOn) {}
}
