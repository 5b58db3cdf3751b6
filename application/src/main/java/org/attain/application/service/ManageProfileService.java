package org.attain.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.error.NotFoundException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ManageProfile;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.TermRecords;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reevaluation.CatalogCache;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Competency;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.profile.MarketingProfile;
import org.attain.domain.profile.ShownCompetency;

/**
 * R8: edits marketing profiles and shows them to the public with the competencies the membership
 * lets them show, as the re-evaluation pipeline keeps them ({@code reevaluation.TermRecordKeeper}):
 * what was attained during the term stays shown until its renewal window ends (R6). Reading and
 * searching evaluate nothing; they read that projection.
 */
public final class ManageProfileService implements ManageProfile {

  private final Organizations organizations;
  private final MarketingProfiles profiles;
  private final TermRecords termRecords;
  private final CatalogCache catalogs;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;

  public ManageProfileService(
      Organizations organizations,
      CatalogCache catalogs,
      MarketingProfiles profiles,
      TermRecords termRecords,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {
    this.organizations = organizations;
    this.profiles = profiles;
    this.termRecords = termRecords;
    this.catalogs = catalogs;
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
        () -> {
          Page<MarketingProfiles.Listed> found = profiles.search(criteria, day, request);
          Map<OrganizationId, List<ShownCompetency>> shown =
              termRecords.shownOn(
                  found.items().stream().map(l -> l.profile().organization()).toList(), day);
          Optional<Catalog> catalog = catalogs.history().inForceOn(day);
          return found.map(
              listed ->
                  new PublicProfile(
                      listed.profile().organization(),
                      listed.organizationName(),
                      listed.country(),
                      day,
                      listed.profile(),
                      named(
                          shown.getOrDefault(listed.profile().organization(), List.of()),
                          catalog)));
        });
  }

  private PublicProfile view(Organization organization, MarketingProfile profile, LocalDate day) {
    List<ShownCompetency> shown =
        termRecords
            .shownOn(List.of(organization.id()), day)
            .getOrDefault(organization.id(), List.of());
    return new PublicProfile(
        organization.id(),
        organization.name(),
        organization.country(),
        day,
        profile,
        named(shown, catalogs.history().inForceOn(day)));
  }

  /** The competencies as the catalog in force names them. */
  private static List<Shown> named(List<ShownCompetency> shown, Optional<Catalog> catalog) {
    return shown.stream()
        .map(
            competency ->
                new Shown(
                    competency.competency(),
                    catalog
                        .flatMap(c -> c.competency(competency.competency()))
                        .map(Competency::name)
                        .orElse(competency.competency().value()),
                    competency.level()))
        .toList();
  }
}
