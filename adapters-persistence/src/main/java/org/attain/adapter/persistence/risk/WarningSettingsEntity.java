package org.attain.adapter.persistence.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An organization's stored choice of warnings (see V16__key_person_warnings.sql). */
@Entity
@Table(name = "warning_settings")
public class WarningSettingsEntity {

  @Id
  @Column(name = "organization_id")
  UUID organizationId;

  @Column(name = "key_person_warning", nullable = false)
  boolean keyPersonWarning;

  WarningSettingsEntity() {}

  WarningSettingsEntity(UUID organizationId) {
    this.organizationId = organizationId;
  }
}
