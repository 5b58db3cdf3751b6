package org.attain.adapter.persistence.benefit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.attain.domain.catalog.Level;
import org.attain.domain.membership.MembershipLevel;
import org.hibernate.annotations.Immutable;

/** A stored offer of the benefits catalog; written by migrations, only ever read here. */
@Entity
@Immutable
@Table(name = "benefit_offer")
public class BenefitOfferEntity {

  @Id private String id;

  @Column(name = "list_index", nullable = false)
  private int listIndex;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 2000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "membership_level", nullable = false, length = 16)
  private MembershipLevel membershipLevel;

  /** Null for an offer that needs no competency, or one at {@link #competencyLevel} in any. */
  @Column(name = "competency_id", length = 64)
  private String competencyId;

  @Enumerated(EnumType.STRING)
  @Column(name = "competency_level", length = 16)
  private Level competencyLevel;

  @Column(nullable = false, length = 200)
  private String worth;

  @Column(name = "price_amount", precision = 19, scale = 2)
  private BigDecimal priceAmount;

  @Column(name = "price_currency", length = 3)
  private String priceCurrency;

  public String getId() {
    return id;
  }

  public int getListIndex() {
    return listIndex;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public MembershipLevel getMembershipLevel() {
    return membershipLevel;
  }

  public String getCompetencyId() {
    return competencyId;
  }

  public Level getCompetencyLevel() {
    return competencyLevel;
  }

  public String getWorth() {
    return worth;
  }

  public BigDecimal getPriceAmount() {
    return priceAmount;
  }

  public String getPriceCurrency() {
    return priceCurrency;
  }
}
