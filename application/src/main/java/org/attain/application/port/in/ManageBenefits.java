package org.attain.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.domain.benefit.BenefitCatalog;
import org.attain.domain.benefit.BenefitClaim;
import org.attain.domain.benefit.BenefitId;
import org.attain.domain.benefit.BenefitOffer;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.organization.OrganizationId;

/**
 * R9: the benefits catalog, what an organization is entitled to today, and its claims. The catalog
 * is public; an organization's entitlements and claims are for its admins and agents.
 */
public interface ManageBenefits {

  /** Every offer of the programme, in catalog order. No actor: it is public. */
  BenefitCatalog catalog();

  /** The offers the organization is entitled to today, each with its claim of this period. */
  Entitled entitlements(Actor actor, OrganizationId organization);

  /**
   * Claims {@code offer} today, once per claim period.
   *
   * @throws org.attain.application.error.NotFoundException ({@code benefit-not-found}) for an offer
   *     that is not in the catalog
   * @throws org.attain.domain.shared.RuleViolationException ({@code benefit-not-entitled})
   * @throws org.attain.domain.shared.StateConflictException ({@code benefit-already-claimed})
   */
  BenefitClaim claim(Actor actor, OrganizationId organization, BenefitId offer);

  /** Every claim of the organization with the price charged, newest first. */
  List<BenefitClaim> claims(Actor actor, OrganizationId organization);

  /**
   * The entitlements of one day.
   *
   * @param claimPeriodStartsOn the first day of the period each offer can be claimed once in: the
   *     membership term in force, or the calendar year for a network member
   */
  record Entitled(
      OrganizationId organization,
      LocalDate day,
      MembershipLevel level,
      LocalDate claimPeriodStartsOn,
      List<EntitledOffer> offers) {
    public Entitled {
      offers = List.copyOf(offers);
    }
  }

  /** An offer the organization is entitled to, and its claim in the current period if made. */
  record EntitledOffer(BenefitOffer offer, Optional<BenefitClaim> claim) {
    public boolean claimed() {
      return claim.isPresent();
    }
  }
}
