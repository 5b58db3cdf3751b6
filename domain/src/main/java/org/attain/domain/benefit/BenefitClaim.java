package org.attain.domain.benefit;

import java.time.LocalDate;
import java.util.Optional;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.Money;

/**
 * R9: an organization claimed an offer on a day, once for the claim period that day fell in.
 *
 * @param price what the offer cost when claimed, {@code null} when it was free
 */
public record BenefitClaim(
    BenefitId offer,
    OrganizationId organization,
    LocalDate claimedOn,
    LocalDate claimPeriodStartsOn,
    Money price) {

  public BenefitClaim {
    Guard.present(offer, "offer");
    Guard.present(organization, "organizationId");
    Guard.present(claimedOn, "claimedOn");
    Guard.present(claimPeriodStartsOn, "claimPeriodStartsOn");
    Guard.check(
        !claimedOn.isBefore(claimPeriodStartsOn),
        "claimedOn",
        "claimedOn must not precede claimPeriodStartsOn");
  }

  public Optional<Money> priceIfCharged() {
    return Optional.ofNullable(price);
  }
}
