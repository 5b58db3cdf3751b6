package org.attain.adapter.persistence.achievement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.attain.domain.achievement.AchievementKind;

/** A stored achievement. Achievements are recorded once and never changed, so no version. */
@Entity
@Table(name = "achievement")
public class AchievementEntity {

  @Id private UUID id;

  @Column(name = "holder_id", nullable = false)
  private UUID holderId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private AchievementKind kind;

  @Column(nullable = false, length = 64)
  private String code;

  @Column(name = "earned_on", nullable = false)
  private LocalDate earnedOn;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "credit_ends_on")
  private LocalDate creditEndsOn;

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public UUID getHolderId() {
    return holderId;
  }

  public void setHolderId(UUID holderId) {
    this.holderId = holderId;
  }

  public AchievementKind getKind() {
    return kind;
  }

  public void setKind(AchievementKind kind) {
    this.kind = kind;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public LocalDate getEarnedOn() {
    return earnedOn;
  }

  public void setEarnedOn(LocalDate earnedOn) {
    this.earnedOn = earnedOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public LocalDate getCreditEndsOn() {
    return creditEndsOn;
  }

  public void setCreditEndsOn(LocalDate creditEndsOn) {
    this.creditEndsOn = creditEndsOn;
  }
}
