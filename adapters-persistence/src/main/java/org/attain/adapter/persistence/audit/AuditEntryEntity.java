package org.attain.adapter.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A stored audit entry. Immutable to Hibernate, which so never writes an UPDATE for it; the id is
 * the database's identity and grows with every entry.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntryEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  String actor;

  @Column(nullable = false)
  String action;

  @Column(name = "organization_id")
  UUID organizationId;

  @Column(nullable = false)
  String subject;

  @Column(name = "acted_on", nullable = false)
  LocalDate actedOn;

  @Column(name = "recorded_at", nullable = false)
  Instant recordedAt;

  String reason;

  @Column(nullable = false)
  String details;

  public Long getId() {
    return id;
  }
}
