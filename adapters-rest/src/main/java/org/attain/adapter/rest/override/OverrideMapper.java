package org.attain.adapter.rest.override;

import jakarta.enterprise.context.ApplicationScoped;
import org.attain.adapter.rest.mapping.RequestFields;
import org.attain.application.port.in.ManageOverrides;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.InvalidValueException;

/**
 * Maps override requests to the use case's grant and overrides to responses. A grant must carry the
 * fields of its kind and no other, each refusal naming the field by its JSON path.
 */
@ApplicationScoped
public class OverrideMapper {

  public ManageOverrides.Grant toGrant(GrantOverrideRequest request) {
    return new ManageOverrides.Grant(
        RequestFields.at("competencyId", () -> new CompetencyId(request.competencyId())),
        grant(request.grant()),
        request.reason(),
        request.startsOn(),
        request.lastDay());
  }

  private static OverrideGrant grant(GrantRequest grant) {
    return switch (grant.kind()) {
      case HOLDS_CREDENTIAL -> {
        only(grant, grant.metric() == null && grant.level() == null, "metric", "level");
        PersonId person = new PersonId(required(grant.personId(), "personId", grant));
        AchievementCode code =
            RequestFields.at(
                "grant.code", () -> new AchievementCode(required(grant.code(), "code", grant)));
        yield new OverrideGrant.HoldsCredential(person, code);
      }
      case PERFORMANCE_MET -> {
        only(
            grant,
            none(grant.personId(), grant.code(), grant.level()),
            "personId",
            "code",
            "level");
        yield new OverrideGrant.PerformanceMet(required(grant.metric(), "metric", grant));
      }
      case LEVEL_GRANTED -> {
        only(
            grant,
            none(grant.personId(), grant.code(), grant.metric()),
            "personId",
            "code",
            "metric");
        yield new OverrideGrant.LevelGranted(required(grant.level(), "level", grant));
      }
    };
  }

  private static <T> T required(T value, String field, GrantRequest grant) {
    if (value == null) {
      throw new InvalidValueException(
          "grant." + field, "grant." + field + " is required for " + grant.kind());
    }
    return value;
  }

  private static boolean none(Object... values) {
    for (Object value : values) {
      if (value != null) {
        return false;
      }
    }
    return true;
  }

  /** Fields of another kind are refused rather than ignored: the client meant something else. */
  private static void only(GrantRequest grant, boolean clean, String... foreign) {
    if (!clean) {
      throw new InvalidValueException(
          "grant",
          "a %s grant takes none of %s".formatted(grant.kind(), String.join(", ", foreign)));
    }
  }

  public OverrideResponse toResponse(AgentOverride override) {
    return new OverrideResponse(
        override.id().value(),
        override.organization().value(),
        override.competency().value(),
        grantOf(override.grant()),
        override.agent(),
        override.reason(),
        override.grantedOn(),
        override.startsOn(),
        override.lastDay(),
        override.effectiveLastDay().orElse(null),
        override
            .revocation()
            .map(r -> new RevocationResponse(r.agent(), r.reason(), r.revokedOn()))
            .orElse(null),
        override.version().orElse(0L));
  }

  /** What {@code grant} grants, as the API shows it. */
  public static GrantResponse grantOf(OverrideGrant grant) {
    String description = grant.describe();
    return switch (grant) {
      case OverrideGrant.HoldsCredential c ->
          new GrantResponse(
              GrantKind.HOLDS_CREDENTIAL,
              c.person().value(),
              c.code().value(),
              null,
              null,
              description);
      case OverrideGrant.PerformanceMet p ->
          new GrantResponse(GrantKind.PERFORMANCE_MET, null, null, p.metric(), null, description);
      case OverrideGrant.LevelGranted l ->
          new GrantResponse(GrantKind.LEVEL_GRANTED, null, null, null, l.level(), description);
    };
  }
}
