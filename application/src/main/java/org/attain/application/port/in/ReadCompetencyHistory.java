package org.attain.application.port.in;

import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.CompetencyStateChange;

/**
 * R6: every change of an organization's competencies' states, with its day and cause, for its
 * admins and agents, paid membership or not.
 */
public interface ReadCompetencyHistory {

  /** Oldest first, of one competency when given. */
  Page<CompetencyStateChange> history(
      Actor actor,
      OrganizationId organization,
      Optional<CompetencyId> competency,
      PageRequest request);
}
