package org.attain.adapter.persistence.override;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored override. The grant is spread over its kind and the columns that kind fills; {@code
 * grantSeq} is the database's, written by it on insert and read for ordering only.
 */
@Entity
@Table(name = "agent_override")
public class OverrideEntity {

  @Id private UUID id;

  @Column(name = "grant_seq", insertable = false, updatable = false)
  private Long grantSeq;

  @Column(name = "organization_id", nullable = false, updatable = false)
  UUID organizationId;

  @Column(name = "competency_id", nullable = false, updatable = false)
  String competencyId;

  @Column(name = "grant_kind", nullable = false, updatable = false)
  String grantKind;

  @Column(name = "person_id", updatable = false)
  UUID personId;

  @Column(name = "achievement_code", updatable = false)
  String achievementCode;

  @Column(updatable = false)
  String metric;

  @Column(name = "granted_level", updatable = false)
  String grantedLevel;

  @Column(nullable = false, updatable = false)
  String agent;

  @Column(nullable = false, updatable = false)
  String reason;

  @Column(name = "granted_on", nullable = false, updatable = false)
  LocalDate grantedOn;

  @Column(name = "starts_on", nullable = false, updatable = false)
  LocalDate startsOn;

  @Column(name = "last_day", nullable = false, updatable = false)
  LocalDate lastDay;

  @Column(name = "revoked_by")
  String revokedBy;

  @Column(name = "revocation_reason")
  String revocationReason;

  @Column(name = "revoked_on")
  LocalDate revokedOn;

  @Version private Long version;

  public UUID getId() {
    return id;
  }

  void setId(UUID id) {
    this.id = id;
  }

  public Long getVersion() {
    return version;
  }
}
