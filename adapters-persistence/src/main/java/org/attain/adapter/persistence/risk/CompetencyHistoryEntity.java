package org.attain.adapter.persistence.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.risk.CompetencyState;
import org.hibernate.annotations.Immutable;

/**
 * One stored entry of the competency history (see V12__competency_history.sql). Immutable to
 * Hibernate; {@code seq} is the database's identity, which keeps the order of appending.
 */
@Entity
@Immutable
@Table(name = "competency_history")
public class CompetencyHistoryEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long seq;

  @Column(name = "organization_id", nullable = false)
  UUID organizationId;

  @Column(name = "competency_id", nullable = false, length = 64)
  String competencyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  CompetencyState state;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  AttainedLevel level;

  @Column(name = "overridden_until")
  LocalDate overriddenUntil;

  @Column(name = "changed_on", nullable = false)
  LocalDate changedOn;

  @Column(name = "cause_kind", nullable = false, length = 64)
  String causeKind;

  @Column(name = "cause_description", nullable = false, length = 500)
  String causeDescription;

  public Long getSeq() {
    return seq;
  }
}
