package org.attain.application.port.in;

import java.time.LocalDate;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverrideId;
import org.attain.domain.shared.Guard;

/**
 * R7: agents grant and revoke overrides of an organization's achievements in a competency; the
 * organization's admins and agents read them. Every grant and revocation is audited.
 */
public interface ManageOverrides {

  /**
   * An agent grants an override, holding from {@code startsOn} (today when absent) through {@code
   * lastDay} (three months after the start when absent, never beyond the programme's maximum).
   */
  AgentOverride grant(Actor actor, OrganizationId organization, Grant grant);

  /** An agent ends an override early: from today it no longer counts. */
  AgentOverride revoke(
      Actor actor, OrganizationId organization, OverrideId override, String reason);

  /** The organization's overrides, the latest granted first, revoked and ended ones included. */
  Page<AgentOverride> list(Actor actor, OrganizationId organization, PageRequest request);

  AgentOverride read(Actor actor, OrganizationId organization, OverrideId override);

  /** What an agent asks to grant; the dates may be absent, the reason may not. */
  record Grant(
      CompetencyId competency,
      OverrideGrant grant,
      String reason,
      LocalDate startsOn,
      LocalDate lastDay) {
    public Grant {
      Guard.present(competency, "competencyId");
      Guard.present(grant, "grant");
      Guard.present(reason, "reason");
    }
  }
}
