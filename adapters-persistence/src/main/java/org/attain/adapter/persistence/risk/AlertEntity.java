package org.attain.adapter.persistence.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.risk.AlertKind;

/**
 * A stored alert (see V11__alerts.sql and V16__key_person_warnings.sql). Only its acknowledgement
 * and its end change after it is raised; {@code ongoingKind} follows the end, so that the database
 * keeps one ongoing alert per organization and kind.
 */
@Entity
@Table(name = "alert")
public class AlertEntity {

  @Id private UUID id;

  @Column(name = "organization_id", nullable = false, updatable = false)
  UUID organizationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  AlertKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  MembershipLevel level;

  @Column(name = "cause_kind", nullable = false, updatable = false, length = 64)
  String causeKind;

  @Column(name = "cause_description", nullable = false, updatable = false, length = 500)
  String causeDescription;

  @Column(name = "raised_on", nullable = false, updatable = false)
  LocalDate raisedOn;

  @Column(name = "lapses_on", updatable = false)
  LocalDate lapsesOn;

  /** JSON array of sentences. */
  @Column(nullable = false, updatable = false)
  String lapsing;

  /** JSON array of shortfalls ({@link AlertLinesJson}). */
  @Column(name = "now_short", nullable = false, updatable = false)
  String nowShort;

  /** JSON array of shortfalls ({@link AlertLinesJson}). */
  @Column(name = "restore_by", nullable = false, updatable = false)
  String restoreBy;

  /** JSON array of the persons named ({@link AlertLinesJson}), empty but for a key-person one. */
  @Column(name = "key_persons", nullable = false, updatable = false)
  String keyPersons;

  @Column(name = "acknowledged_by", length = 255)
  private String acknowledgedBy;

  @Column(name = "acknowledged_on")
  private LocalDate acknowledgedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  /** The kind while the alert is ongoing, else {@code null}: see the unique constraint. */
  @Enumerated(EnumType.STRING)
  @Column(name = "ongoing_kind", length = 32)
  private AlertKind ongoingKind;

  /** Grows with every change; a stale one fails the update. */
  @Version
  @Column(nullable = false)
  private Long version;

  AlertEntity() {}

  AlertEntity(UUID id) {
    this.id = id;
  }

  /** Sets what may change; the ongoing marker follows {@code endedOn}. */
  void changeState(String acknowledgedBy, LocalDate acknowledgedOn, LocalDate endedOn) {
    this.acknowledgedBy = acknowledgedBy;
    this.acknowledgedOn = acknowledgedOn;
    this.endedOn = endedOn;
    this.ongoingKind = endedOn == null ? kind : null;
  }

  public UUID getId() {
    return id;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public LocalDate getAcknowledgedOn() {
    return acknowledgedOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public Long getVersion() {
    return version;
  }
}
