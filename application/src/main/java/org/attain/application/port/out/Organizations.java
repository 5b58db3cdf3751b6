package org.attain.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;

/** The store of partner organizations. */
public interface Organizations {

  /**
   * Stores a new organization or a change to a stored one and returns it as now stored.
   *
   * @throws org.attain.application.error.ConflictException when the stored version is newer
   */
  Organization save(Organization organization);

  Optional<Organization> findById(OrganizationId id);

  /** Those of {@code ids} that exist, with their admins, in one read. */
  Map<OrganizationId, Organization> findAll(Collection<OrganizationId> ids);

  boolean exists(OrganizationId id);

  /** Organizations ordered by name, then id. */
  Page<Organization> list(PageRequest request);
}
