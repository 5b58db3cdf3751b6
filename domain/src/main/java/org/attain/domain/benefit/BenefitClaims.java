package org.attain.domain.benefit;

import java.util.List;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.RuleViolationException;
import org.attain.domain.shared.StateConflictException;

/** R9: an offer is claimed only when entitled to, and at most once per claim period. */
public final class BenefitClaims {

  private BenefitClaims() {}

  /**
   * The claim of {@code offer} on the entitlements' day.
   *
   * @param earlier the organization's earlier claims
   */
  public static BenefitClaim claim(
      BenefitOffer offer, Entitlements entitlements, List<BenefitClaim> earlier) {
    Guard.present(offer, "offer");
    Guard.present(entitlements, "entitlements");
    Guard.present(earlier, "earlier");
    if (!entitlements.includes(offer.id())) {
      throw new RuleViolationException(
          "benefit-not-entitled",
          "the organization is not entitled to %s on %s".formatted(offer.id(), entitlements.day()));
    }
    earlier.stream()
        .filter(c -> c.organization().equals(entitlements.organization()))
        .filter(c -> c.offer().equals(offer.id()))
        .filter(c -> c.claimPeriodStartsOn().equals(entitlements.claimPeriodStartsOn()))
        .findFirst()
        .ifPresent(
            c -> {
              throw new StateConflictException(
                  "benefit-already-claimed",
                  "%s was already claimed on %s for the period from %s"
                      .formatted(offer.id(), c.claimedOn(), c.claimPeriodStartsOn()));
            });
    return new BenefitClaim(
        offer.id(),
        entitlements.organization(),
        entitlements.day(),
        entitlements.claimPeriodStartsOn(),
        offer.price());
  }
}
