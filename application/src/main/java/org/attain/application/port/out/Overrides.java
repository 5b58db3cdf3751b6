package org.attain.application.port.out;

import java.util.List;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideId;

/** The store of agents' overrides (R7), revoked and ended ones included: they are history. */
public interface Overrides {

  /**
   * Stores a new override or the revocation of a stored one and returns it as now stored, its
   * version one more than the one it was read with (0 for a new one).
   *
   * @throws org.attain.application.error.ConflictException ({@code concurrent-update}) when the
   *     stored version is newer, or the id of a new one is taken
   */
  AgentOverride save(AgentOverride override);

  Optional<AgentOverride> findById(OverrideId id);

  /**
   * Every override ever granted to the organization, whatever its dates: the engine decides which
   * hold on the day it evaluates. In the order granted, oldest first.
   */
  List<AgentOverride> ofOrganization(OrganizationId organization);

  /** One page of the organization's overrides, the latest granted first. */
  Page<AgentOverride> listOf(OrganizationId organization, PageRequest request);
}
