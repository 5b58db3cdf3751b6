package org.attain.adapter.persistence.benefit;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;
import org.attain.domain.benefit.BenefitClaim;
import org.attain.domain.benefit.BenefitId;
import org.attain.domain.benefit.BenefitOffer;
import org.attain.domain.benefit.RequiredCompetency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Money;

/** Maps offers and claims between the domain and their rows; reading back runs the guards. */
final class BenefitMapper {

  private BenefitMapper() {}

  static BenefitOffer toDomain(BenefitOfferEntity row) {
    RequiredCompetency competency =
        row.getCompetencyLevel() == null
            ? null
            : new RequiredCompetency(
                row.getCompetencyId() == null ? null : new CompetencyId(row.getCompetencyId()),
                row.getCompetencyLevel());
    return new BenefitOffer(
        new BenefitId(row.getId()),
        row.getName(),
        row.getDescription(),
        row.getMembershipLevel(),
        competency,
        row.getWorth(),
        money(row.getPriceAmount(), row.getPriceCurrency()));
  }

  static BenefitClaim toDomain(BenefitClaimEntity row) {
    return new BenefitClaim(
        new BenefitId(row.getOfferId()),
        new OrganizationId(row.getOrganizationId()),
        row.getClaimedOn(),
        row.getClaimPeriodStartsOn(),
        money(row.getPriceAmount(), row.getPriceCurrency()));
  }

  static BenefitClaimEntity toStored(BenefitClaim claim, UUID rowId) {
    BenefitClaimEntity row = new BenefitClaimEntity();
    row.setId(rowId);
    row.setOrganizationId(claim.organization().value());
    row.setOfferId(claim.offer().value());
    row.setClaimedOn(claim.claimedOn());
    row.setClaimPeriodStartsOn(claim.claimPeriodStartsOn());
    claim
        .priceIfCharged()
        .ifPresent(
            price -> {
              row.setPriceAmount(price.amount());
              row.setPriceCurrency(price.currency().getCurrencyCode());
            });
    return row;
  }

  private static Money money(BigDecimal amount, String currency) {
    return amount == null ? null : new Money(amount, Currency.getInstance(currency.strip()));
  }
}
