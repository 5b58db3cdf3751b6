package org.attain.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.attain.application.error.NotFoundException;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ManageBenefits;
import org.attain.application.port.out.BenefitCatalogs;
import org.attain.application.port.out.ClaimedBenefits;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.TermRecords;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reevaluation.Evaluations;
import org.attain.domain.benefit.BenefitCatalog;
import org.attain.domain.benefit.BenefitClaim;
import org.attain.domain.benefit.BenefitClaims;
import org.attain.domain.benefit.BenefitId;
import org.attain.domain.benefit.BenefitOffer;
import org.attain.domain.benefit.Entitlements;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.membership.Membership;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;

/**
 * R9: reads the benefits catalog, works out an organization's entitlements from its membership and
 * the competencies it attained, and records its claims. The rules are the domain's.
 */
public final class ManageBenefitsService implements ManageBenefits {

  private final Organizations organizations;
  private final Memberships memberships;
  private final BenefitCatalogs catalogs;
  private final ClaimedBenefits claimed;
  private final TermRecords termRecords;
  private final Evaluations evaluations;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;

  /** The stores the evaluation reads, the membership, term-record and benefit stores. */
  public ManageBenefitsService(
      Organizations organizations,
      Evaluations evaluations,
      Memberships memberships,
      BenefitCatalogs catalogs,
      ClaimedBenefits claimed,
      TermRecords termRecords,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {
    this.organizations = organizations;
    this.memberships = memberships;
    this.catalogs = catalogs;
    this.claimed = claimed;
    this.termRecords = termRecords;
    this.evaluations = evaluations;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public BenefitCatalog catalog() {
    return unitOfWork.read(catalogs::current);
  }

  @Override
  public Entitled entitlements(Actor actor, OrganizationId organization) {
    Access.requireAgentOrAdminOf(actor, organization);
    LocalDate day = clock.today();
    return unitOfWork.read(
        () -> {
          Entitlements entitlements = entitlementsOn(organization, day, catalogs.current());
          List<BenefitClaim> claims =
              claimed.inPeriod(organization, entitlements.claimPeriodStartsOn());
          return new Entitled(
              organization,
              day,
              entitlements.level(),
              entitlements.claimPeriodStartsOn(),
              entitlements.offers().stream()
                  .map(
                      offer ->
                          new EntitledOffer(
                              offer,
                              claims.stream()
                                  .filter(c -> c.offer().equals(offer.id()))
                                  .findFirst()))
                  .toList());
        });
  }

  @Override
  public BenefitClaim claim(Actor actor, OrganizationId organization, BenefitId offerId) {
    Access.requireAgentOrAdminOf(actor, organization);
    LocalDate day = clock.today();
    return unitOfWork.changing(
        List.of(organization),
        () -> {
          BenefitCatalog catalog = catalogs.current();
          BenefitOffer offer =
              catalog.offer(offerId).orElseThrow(() -> new NotFoundException("benefit", offerId));
          Entitlements entitlements = entitlementsOn(organization, day, catalog);
          BenefitClaim claim =
              BenefitClaims.claim(
                  offer,
                  entitlements,
                  claimed.inPeriod(organization, entitlements.claimPeriodStartsOn()));
          return claimed.add(claim);
        });
  }

  @Override
  public List<BenefitClaim> claims(Actor actor, OrganizationId organization) {
    Access.requireAgentOrAdminOf(actor, organization);
    return unitOfWork.read(
        () -> {
          Lookup.organizationExists(organizations, organization);
          return claimed.ofOrganization(organization);
        });
  }

  private Entitlements entitlementsOn(
      OrganizationId organization, LocalDate day, BenefitCatalog catalog) {
    Organization found = Lookup.organization(organizations, organization);
    Membership membership =
        memberships
            .findByOrganization(organization)
            .orElseGet(() -> Membership.network(organization));
    return Entitlements.on(day, catalog, membership, attainedLevels(found, membership, day));
  }

  /**
   * The competency levels that offers needing a competency are checked against: for a paid member
   * the term's record with the day's evaluation merged in, since what was attained during the term
   * keeps counting until it ends (R6); for a network member the day's evaluation.
   */
  private Map<CompetencyId, AttainedLevel> attainedLevels(
      Organization organization, Membership membership, LocalDate day) {
    Evaluation evaluation = evaluations.of(organization.id(), day).evaluation();
    return membership
        .termOn(day)
        .filter(term -> membership.levelOn(day).isPaid())
        .map(term -> termRecords.find(organization.id(), term).merge(evaluation).highest())
        .orElseGet(() -> Entitlements.levelsIn(evaluation));
  }
}
