package org.attain.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.application.error.NotFoundException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ManageProfile;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.TermRecords;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.catalog.Competency;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.TermAttainments;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.profile.MarketingProfile;
import org.attain.domain.profile.ShownCompetencies;

/**
 * R8: edits marketing profiles and shows them to the public with the competencies the membership
 * lets them show: the term's stored record (kept by {@code reaction.TermRecordKeeper}) with the
 * day's evaluation merged in, so that what was attained during the term stays shown until the term
 * ends (R6). Reading writes nothing.
 */
public final class ProfileService implements ManageProfile {

  private final Organizations organizations;
  private final Memberships memberships;
  private final MarketingProfiles profiles;
  private final TermRecords termRecords;
  private final OrganizationEvaluator evaluator;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;

  /** The stores the evaluation reads, the membership, profile and term record stores. */
  public ProfileService(
      Organizations organizations,
      OrganizationEvaluator evaluator,
      Memberships memberships,
      MarketingProfiles profiles,
      TermRecords termRecords,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {
    this.organizations = organizations;
    this.memberships = memberships;
    this.profiles = profiles;
    this.termRecords = termRecords;
    this.evaluator = evaluator;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public PublicProfile edit(Actor actor, OrganizationId organization, Edit command) {
    Access.requireAgentOrAdminOf(actor, organization);
    LocalDate day = clock.today();
    return unitOfWork.run(
        () -> {
          Organization found = Lookup.organization(organizations, organization);
          Long version =
              profiles.findByOrganization(organization).map(MarketingProfile::version).orElse(null);
          MarketingProfile saved =
              profiles.save(
                  new MarketingProfile(
                      organization,
                      command.description(),
                      command.locations(),
                      command.industries(),
                      command.website(),
                      version),
                  found);
          return view(found, saved, day);
        });
  }

  @Override
  public PublicProfile publicProfile(OrganizationId organization, Optional<LocalDate> asOf) {
    LocalDate day = asOf.orElseGet(clock::today);
    return unitOfWork.read(
        () -> {
          MarketingProfile profile =
              profiles
                  .findByOrganization(organization)
                  .orElseThrow(() -> new NotFoundException("profile", organization));
          return view(Lookup.organization(organizations, organization), profile, day);
        });
  }

  @Override
  public Page<PublicProfile> search(MarketingProfiles.Criteria criteria, PageRequest request) {
    LocalDate day = clock.today();
    return unitOfWork.read(
        () ->
            profiles
                .search(criteria, day, request)
                .map(
                    profile ->
                        view(
                            Lookup.organization(organizations, profile.organization()),
                            profile,
                            day)));
  }

  private PublicProfile view(Organization organization, MarketingProfile profile, LocalDate day) {
    return new PublicProfile(
        organization.id(),
        organization.name(),
        organization.country(),
        day,
        profile,
        shown(organization, day));
  }

  /** None for a network member, so that it is not evaluated at all. */
  private List<Shown> shown(Organization organization, LocalDate day) {
    Membership membership =
        memberships
            .findByOrganization(organization.id())
            .orElseGet(() -> Membership.network(organization.id()));
    if (!membership.levelOn(day).isPaid()) {
      return List.of();
    }
    MembershipTerm term = membership.termOn(day).orElseThrow();
    OrganizationEvaluator.Evaluated evaluated = evaluator.evaluate(organization, day);
    TermAttainments held = termRecords.find(organization.id(), term).merge(evaluated.evaluation());
    return ShownCompetencies.on(day, membership, held).stream()
        .map(
            shown ->
                new Shown(
                    shown.competency(),
                    evaluated
                        .catalog()
                        .competency(shown.competency())
                        .map(Competency::name)
                        .orElse(shown.competency().value()),
                    shown.level()))
        .toList();
  }
}
