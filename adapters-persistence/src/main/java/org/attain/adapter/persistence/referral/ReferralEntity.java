package org.attain.adapter.persistence.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.attain.domain.referral.CompanySize;
import org.attain.domain.referral.ReferralStatus;

/** A stored referral (see V6__referrals.sql); only its status changes after it is sent. */
@Entity
@Table(name = "referral")
public class ReferralEntity {

  @Id private UUID id;

  @Column(name = "organization_id", nullable = false, updatable = false)
  private UUID organizationId;

  @Column(name = "contact_name", nullable = false, updatable = false, length = 200)
  private String contactName;

  @Column(name = "contact_email", updatable = false, length = 254)
  private String contactEmail;

  @Column(name = "contact_phone", updatable = false, length = 30)
  private String contactPhone;

  @Column(name = "contact_company", updatable = false, length = 200)
  private String contactCompany;

  @Column(nullable = false, updatable = false, length = 2000)
  private String need;

  @Enumerated(EnumType.STRING)
  @Column(name = "company_size", nullable = false, updatable = false, length = 16)
  private CompanySize companySize;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ReferralStatus status;

  @Column(name = "status_changed_on", nullable = false)
  private LocalDate statusChangedOn;

  /** Grows with every change; a stale one fails the update. */
  @Version
  @Column(nullable = false)
  private Long version;

  /** The referral as sent; its status is set with {@link #changeStatus}. */
  static ReferralEntity sent(
      UUID id,
      UUID organizationId,
      String contactName,
      String contactEmail,
      String contactPhone,
      String contactCompany,
      String need,
      CompanySize companySize,
      LocalDate receivedOn) {
    ReferralEntity entity = new ReferralEntity();
    entity.id = id;
    entity.organizationId = organizationId;
    entity.contactName = contactName;
    entity.contactEmail = contactEmail;
    entity.contactPhone = contactPhone;
    entity.contactCompany = contactCompany;
    entity.need = need;
    entity.companySize = companySize;
    entity.receivedOn = receivedOn;
    return entity;
  }

  void changeStatus(ReferralStatus status, LocalDate on) {
    this.status = status;
    this.statusChangedOn = on;
  }

  public UUID getId() {
    return id;
  }

  public UUID getOrganizationId() {
    return organizationId;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getContactCompany() {
    return contactCompany;
  }

  public String getNeed() {
    return need;
  }

  public CompanySize getCompanySize() {
    return companySize;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public LocalDate getStatusChangedOn() {
    return statusChangedOn;
  }

  public Long getVersion() {
    return version;
  }
}
