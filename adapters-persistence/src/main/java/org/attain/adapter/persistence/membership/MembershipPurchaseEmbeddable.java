package org.attain.adapter.persistence.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.PurchaseKind;

/**
 * A stored membership purchase: its term as worked out when it was bought, what was charged, and
 * the competencies that qualified it (their ids, comma-separated: read whole, never queried).
 */
@Embeddable
public class MembershipPurchaseEmbeddable {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PurchaseKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MembershipLevel level;

  @Column(name = "purchased_on", nullable = false)
  private LocalDate purchasedOn;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "renewable_from", nullable = false)
  private LocalDate renewableFrom;

  @Column(name = "renewal_window_ends_on", nullable = false)
  private LocalDate renewalWindowEndsOn;

  @Column(name = "charged_amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal chargedAmount;

  @Column(name = "charged_currency", nullable = false, length = 3)
  private String chargedCurrency;

  @Column(name = "qualified_by", nullable = false)
  private String qualifiedBy;

  public PurchaseKind getKind() {
    return kind;
  }

  public void setKind(PurchaseKind kind) {
    this.kind = kind;
  }

  public MembershipLevel getLevel() {
    return level;
  }

  public void setLevel(MembershipLevel level) {
    this.level = level;
  }

  public LocalDate getPurchasedOn() {
    return purchasedOn;
  }

  public void setPurchasedOn(LocalDate purchasedOn) {
    this.purchasedOn = purchasedOn;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public LocalDate getRenewableFrom() {
    return renewableFrom;
  }

  public void setRenewableFrom(LocalDate renewableFrom) {
    this.renewableFrom = renewableFrom;
  }

  public LocalDate getRenewalWindowEndsOn() {
    return renewalWindowEndsOn;
  }

  public void setRenewalWindowEndsOn(LocalDate renewalWindowEndsOn) {
    this.renewalWindowEndsOn = renewalWindowEndsOn;
  }

  public BigDecimal getChargedAmount() {
    return chargedAmount;
  }

  public void setChargedAmount(BigDecimal chargedAmount) {
    this.chargedAmount = chargedAmount;
  }

  public String getChargedCurrency() {
    return chargedCurrency;
  }

  public void setChargedCurrency(String chargedCurrency) {
    this.chargedCurrency = chargedCurrency;
  }

  public String getQualifiedBy() {
    return qualifiedBy;
  }

  public void setQualifiedBy(String qualifiedBy) {
    this.qualifiedBy = qualifiedBy;
  }
}
