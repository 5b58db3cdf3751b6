package org.attain.adapter.persistence.risk;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.port.out.WarningSettings;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Warnings;

/**
 * Warning settings stored with Hibernate ORM; runs inside the caller's unit of work, which holds
 * the organization's lock while they change.
 */
@ApplicationScoped
public class PanacheWarningSettings implements WarningSettings {

  private final WarningSettingsRepository repository;

  PanacheWarningSettings(WarningSettingsRepository repository) {
    this.repository = repository;
  }

  @Override
  public Map<OrganizationId, Warnings> of(Collection<OrganizationId> organizations) {
    if (organizations.isEmpty()) {
      return Map.of();
    }
    return repository
        .of(organizations.stream().map(OrganizationId::value).distinct().toList())
        .stream()
        .collect(
            Collectors.toMap(
                row -> new OrganizationId(row.organizationId),
                row -> new Warnings(row.keyPersonWarning)));
  }

  @Override
  public void save(OrganizationId organization, Warnings warnings) {
    WarningSettingsEntity row =
        repository
            .findByIdOptional(organization.value())
            .orElseGet(() -> new WarningSettingsEntity(organization.value()));
    row.keyPersonWarning = warnings.keyPerson();
    repository.persist(row);
    StoreConflicts.flush(repository.getEntityManager());
  }
}
