package org.attain.adapter.persistence.benefit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored benefit claim. Its id is only the row's; a claim is known by its organization, offer and
 * claim period, which the table keeps unique.
 */
@Entity
@Table(name = "benefit_claim")
public class BenefitClaimEntity {

  @Id private UUID id;

  @Column(name = "organization_id", nullable = false)
  private UUID organizationId;

  @Column(name = "offer_id", nullable = false, length = 64)
  private String offerId;

  @Column(name = "claimed_on", nullable = false)
  private LocalDate claimedOn;

  @Column(name = "claim_period_starts_on", nullable = false)
  private LocalDate claimPeriodStartsOn;

  @Column(name = "price_amount", precision = 19, scale = 2)
  private BigDecimal priceAmount;

  @Column(name = "price_currency", length = 3)
  private String priceCurrency;

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public UUID getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(UUID organizationId) {
    this.organizationId = organizationId;
  }

  public String getOfferId() {
    return offerId;
  }

  public void setOfferId(String offerId) {
    this.offerId = offerId;
  }

  public LocalDate getClaimedOn() {
    return claimedOn;
  }

  public void setClaimedOn(LocalDate claimedOn) {
    this.claimedOn = claimedOn;
  }

  public LocalDate getClaimPeriodStartsOn() {
    return claimPeriodStartsOn;
  }

  public void setClaimPeriodStartsOn(LocalDate claimPeriodStartsOn) {
    this.claimPeriodStartsOn = claimPeriodStartsOn;
  }

  public BigDecimal getPriceAmount() {
    return priceAmount;
  }

  public void setPriceAmount(BigDecimal priceAmount) {
    this.priceAmount = priceAmount;
  }

  public String getPriceCurrency() {
    return priceCurrency;
  }

  public void setPriceCurrency(String priceCurrency) {
    this.priceCurrency = priceCurrency;
  }
}
