package org.attain.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Warnings;

/** The store of each organization's choice of proactive warnings (issue 13). */
public interface WarningSettings {

  /** The organization's warnings: {@link Warnings#DEFAULT} until its admins change them. */
  default Warnings of(OrganizationId organization) {
    return of(List.of(organization)).getOrDefault(organization, Warnings.DEFAULT);
  }

  /**
   * The warnings stored for each of {@code organizations} that has any, in one read; an
   * organization missing from the answer receives {@link Warnings#DEFAULT}.
   */
  Map<OrganizationId, Warnings> of(Collection<OrganizationId> organizations);

  /** Stores the organization's warnings, replacing what was stored. */
  void save(OrganizationId organization, Warnings warnings);
}
