package org.attain.adapter.persistence.override;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attain.adapter.persistence.PagedIds;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Overrides;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideId;

/**
 * Overrides stored with Hibernate ORM; runs inside the caller's unit of work. Only the revocation
 * of a stored override ever changes, under optimistic locking.
 */
@ApplicationScoped
public class PanacheOverrides implements Overrides {

  private final OverrideRepository repository;

  PanacheOverrides(OverrideRepository repository) {
    this.repository = repository;
  }

  @Override
  public AgentOverride save(AgentOverride override) {
    OverrideEntity row = override.version().isEmpty() ? added(override) : changed(override);
    StoreConflicts.flush(repository.getEntityManager());
    return OverrideRows.toDomain(row);
  }

  private OverrideEntity added(AgentOverride override) {
    if (repository.findByIdOptional(override.id().value()).isPresent()) {
      throw ConflictException.concurrentUpdate();
    }
    OverrideEntity row = OverrideRows.newRow(override);
    repository.persist(row);
    return row;
  }

  /** The version the override was read with must still be the stored one. */
  private OverrideEntity changed(AgentOverride override) {
    OverrideEntity row =
        repository
            .findByIdOptional(override.id().value())
            .filter(stored -> Objects.equals(stored.getVersion(), override.version().get()))
            .orElseThrow(ConflictException::concurrentUpdate);
    OverrideRows.revocation(row, override);
    return row;
  }

  @Override
  public Optional<AgentOverride> findById(OverrideId id) {
    return repository.findByIdOptional(id.value()).map(OverrideRows::toDomain);
  }

  @Override
  public List<AgentOverride> ofOrganization(OrganizationId organization) {
    return repository.ofOrganization(organization.value()).stream()
        .map(OverrideRows::toDomain)
        .toList();
  }

  @Override
  public Page<AgentOverride> listOf(OrganizationId organization, PageRequest request) {
    List<AgentOverride> items =
        repository.page(organization.value(), request).stream()
            .map(OverrideRows::toDomain)
            .toList();
    long total =
        PagedIds.total(request, items.size(), () -> repository.countOf(organization.value()));
    return new Page<>(items, request, total);
  }
}
