package org.attain.adapter.persistence.organization;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.attain.adapter.persistence.PagedIds;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.adapter.persistence.StoredValues;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Organizations;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.hibernate.Session;

/** Organizations stored with Hibernate ORM; runs inside the caller's unit of work. */
@ApplicationScoped
public class PanacheOrganizations implements Organizations {

  private final OrganizationRepository repository;
  private final OrganizationMapper mapper;
  private final Session session;

  PanacheOrganizations(
      OrganizationRepository repository, OrganizationMapper mapper, Session session) {
    this.repository = repository;
    this.mapper = mapper;
    this.session = session;
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

  /**
   * The organization and its admins in one plain-JDBC statement on the unit of work's connection:
   * the most frequent read of all, which needs no entity (nothing to keep in the session or check
   * for changes) and no query translation. A change is flushed at its {@link #save}, so the
   * statement sees it.
   */
  @Override
  public Optional<Organization> findById(OrganizationId id) {
    return session.doReturningWork(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(WITH_ADMINS)) {
            statement.setObject(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              String name = row.getString(1);
              String country = row.getString(2);
              Market market = Market.valueOf(row.getString(3));
              long version = row.getLong(4);
              List<AdminContact> admins = new ArrayList<>();
              do {
                if (row.getString(5) != null) {
                  admins.add(
                      new AdminContact(row.getString(5), StoredValues.email(row.getString(6))));
                }
              } while (row.next());
              return Optional.of(
                  new Organization(
                      id, name, StoredValues.country(country), market, admins, version));
            }
          }
        });
  }

  private static final String WITH_ADMINS =
      "SELECT o.name, o.country, o.market, o.version, a.name, a.email FROM organization o"
          + " LEFT JOIN organization_admin a ON a.organization_id = o.id WHERE o.id = ?"
          + " ORDER BY a.list_index";

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
