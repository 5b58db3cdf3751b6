package org.attain.adapter.persistence.risk;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The queries on stored warning settings, along their primary key. */
@ApplicationScoped
class WarningSettingsRepository implements PanacheRepositoryBase<WarningSettingsEntity, UUID> {

  List<WarningSettingsEntity> of(List<UUID> organizations) {
    return list("organizationId in ?1", organizations);
  }
}
