package org.attain.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.CompetencyStateChange;

/** The competency history of every organization (R6): appended to, never rewritten. */
public interface CompetencyHistories {

  /** Appends {@code changes} after every entry stored so far, in the order given. */
  void append(List<CompetencyStateChange> changes);

  /** The latest entry of each competency of the organization that has one. */
  default Map<CompetencyId, CompetencyStateChange> latest(OrganizationId organization) {
    return latest(List.of(organization)).getOrDefault(organization, Map.of());
  }

  /** {@link #latest(OrganizationId)} of each of {@code organizations} with entries, in one read. */
  Map<OrganizationId, Map<CompetencyId, CompetencyStateChange>> latest(
      Collection<OrganizationId> organizations);

  /** The organization's entries in the order they were appended, of one competency when given. */
  Page<CompetencyStateChange> of(
      OrganizationId organization, Optional<CompetencyId> competency, PageRequest request);
}
