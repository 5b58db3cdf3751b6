package org.attain.adapter.persistence.override;

import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.metric.Metric;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverrideId;
import org.attain.domain.override.Revocation;
import org.attain.domain.person.PersonId;

/** Maps overrides to their rows and back; the grant's kind names which columns hold it. */
public final class OverrideRows {

  static final String HOLDS_CREDENTIAL = "HOLDS_CREDENTIAL";
  static final String PERFORMANCE_MET = "PERFORMANCE_MET";
  static final String LEVEL_GRANTED = "LEVEL_GRANTED";

  private OverrideRows() {}

  /** A new row for an override not stored yet. */
  static OverrideEntity newRow(AgentOverride override) {
    OverrideEntity row = new OverrideEntity();
    row.setId(override.id().value());
    row.organizationId = override.organization().value();
    row.competencyId = override.competency().value();
    switch (override.grant()) {
      case OverrideGrant.HoldsCredential credential -> {
        row.grantKind = HOLDS_CREDENTIAL;
        row.personId = credential.person().value();
        row.achievementCode = credential.code().value();
      }
      case OverrideGrant.PerformanceMet performance -> {
        row.grantKind = PERFORMANCE_MET;
        row.metric = performance.metric().name();
      }
      case OverrideGrant.LevelGranted level -> {
        row.grantKind = LEVEL_GRANTED;
        row.grantedLevel = level.level().name();
      }
    }
    row.agent = override.agent();
    row.reason = override.reason();
    row.grantedOn = override.grantedOn();
    row.startsOn = override.startsOn();
    row.lastDay = override.lastDay();
    revocation(row, override);
    return row;
  }

  /** Copies what may change of a stored override: its revocation. */
  static void revocation(OverrideEntity row, AgentOverride override) {
    Revocation revocation = override.revocation().orElse(null);
    row.revokedBy = revocation == null ? null : revocation.agent();
    row.revocationReason = revocation == null ? null : revocation.reason();
    row.revokedOn = revocation == null ? null : revocation.revokedOn();
  }

  public static AgentOverride toDomain(OverrideEntity row) {
    return AgentOverride.restore(
        new OverrideId(row.getId()),
        new OrganizationId(row.organizationId),
        new CompetencyId(row.competencyId),
        grant(row),
        row.agent,
        row.reason,
        row.grantedOn,
        row.startsOn,
        row.lastDay,
        row.revokedOn == null
            ? null
            : new Revocation(row.revokedBy, row.revocationReason, row.revokedOn),
        row.getVersion());
  }

  private static OverrideGrant grant(OverrideEntity row) {
    return switch (row.grantKind) {
      case HOLDS_CREDENTIAL ->
          new OverrideGrant.HoldsCredential(
              new PersonId(row.personId), new AchievementCode(row.achievementCode));
      case PERFORMANCE_MET -> new OverrideGrant.PerformanceMet(Metric.valueOf(row.metric));
      case LEVEL_GRANTED -> new OverrideGrant.LevelGranted(Level.valueOf(row.grantedLevel));
      default -> throw new IllegalStateException("unknown grant kind " + row.grantKind);
    };
  }
}
