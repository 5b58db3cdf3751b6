package org.attain.adapter.persistence.organization;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.attain.adapter.persistence.PagedIds;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Organizations;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;

/** Organizations stored with Hibernate ORM; runs inside the caller's unit of work. */
@ApplicationScoped
public class PanacheOrganizations implements Organizations {

  private final OrganizationRepository repository;
  private final OrganizationMapper mapper;

  PanacheOrganizations(OrganizationRepository repository, OrganizationMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public Organization save(Organization organization) {
    OrganizationEntity entity =
        organization.version() == null ? added(organization) : changed(organization);
    StoreConflicts.flush(repository.getEntityManager());
    return mapper.toDomain(entity);
  }

  private OrganizationEntity added(Organization organization) {
    if (repository.exists(organization.id().value())) {
      throw ConflictException.concurrentUpdate();
    }
    OrganizationEntity entity = new OrganizationEntity();
    mapper.copy(organization, entity);
    repository.persist(entity);
    return entity;
  }

  /** The version the organization was read with must still be the stored one. */
  private OrganizationEntity changed(Organization organization) {
    OrganizationEntity entity =
        repository
            .findWithAdmins(organization.id().value())
            .filter(stored -> Objects.equals(stored.getVersion(), organization.version()))
            .orElseThrow(ConflictException::concurrentUpdate);
    mapper.copy(organization, entity);
    return entity;
  }

  @Override
  public Optional<Organization> findById(OrganizationId id) {
    return repository.findWithAdmins(id.value()).map(mapper::toDomain);
  }

  /** One statement whatever their number. */
  @Override
  public Map<OrganizationId, Organization> findAll(Collection<OrganizationId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<OrganizationId, Organization> found = new HashMap<>();
    repository.findWithAdmins(ids.stream().map(OrganizationId::value).distinct().toList()).stream()
        .map(mapper::toDomain)
        .forEach(organization -> found.put(organization.id(), organization));
    return found;
  }

  @Override
  public boolean exists(OrganizationId id) {
    return repository.exists(id.value());
  }

  @Override
  public Page<Organization> list(PageRequest request) {
    int firstRow = PagedIds.firstRow(request);
    List<UUID> ids = firstRow < 0 ? List.of() : repository.pageOfIds(firstRow, request.size());
    List<OrganizationEntity> found = ids.isEmpty() ? List.of() : repository.findWithAdmins(ids);
    List<Organization> items =
        PagedIds.inPageOrder(ids, found, OrganizationEntity::getId).stream()
            .map(mapper::toDomain)
            .toList();
    return new Page<>(items, request, PagedIds.total(request, items.size(), repository::count));
  }
}
