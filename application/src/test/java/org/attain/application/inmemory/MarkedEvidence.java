package org.attain.application.inmemory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.attain.application.port.out.Evidence;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;

/**
 * The in-memory stores' evidence with its mark, as a database gives it: the unit of work's count of
 * changes to the organization and the newest catalog version. Every use case test then reads
 * today's competencies through what is kept, as the deployed service does.
 */
final class MarkedEvidence implements Evidence {

  private final Evidence stored;
  private final InMemoryOrganizations organizations;
  private final InMemoryCatalogs catalogs;
  private final InMemoryUnitOfWork unitOfWork;

  MarkedEvidence(
      Evidence stored,
      InMemoryOrganizations organizations,
      InMemoryCatalogs catalogs,
      InMemoryUnitOfWork unitOfWork) {
    this.stored = stored;
    this.organizations = organizations;
    this.catalogs = catalogs;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Gathered on(Collection<OrganizationId> organizations, LocalDate day) {
    return stored.on(organizations, day);
  }

  @Override
  public Map<PersonId, String> names(Collection<PersonId> persons) {
    return stored.names(persons);
  }

  @Override
  public Optional<Mark> mark(OrganizationId organization) {
    return organizations
        .findById(organization)
        .map(found -> new Mark(unitOfWork.changesTo(organization), catalogs.latestVersion()));
  }
}
