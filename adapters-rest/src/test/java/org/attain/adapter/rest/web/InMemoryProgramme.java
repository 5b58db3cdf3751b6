package org.attain.adapter.rest.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.attain.adapter.rest.catalog.DefaultCatalog;
import org.attain.application.inmemory.InMemoryStores;
import org.attain.application.port.in.ChangeAssociation;
import org.attain.application.port.in.ListMembers;
import org.attain.application.port.in.ManageAlerts;
import org.attain.application.port.in.ManageBenefits;
import org.attain.application.port.in.ManageCatalog;
import org.attain.application.port.in.ManageMembership;
import org.attain.application.port.in.ManageOverrides;
import org.attain.application.port.in.ManageProfile;
import org.attain.application.port.in.ManageReferrals;
import org.attain.application.port.in.ReadAuditLog;
import org.attain.application.port.in.ReadCompetencies;
import org.attain.application.port.in.ReadCompetencyHistory;
import org.attain.application.port.in.ReadOrganizations;
import org.attain.application.port.in.ReadPersons;
import org.attain.application.port.in.RecordAchievement;
import org.attain.application.port.in.RecordMetrics;
import org.attain.application.port.in.RegisterOrganization;
import org.attain.application.port.in.RegisterPerson;
import org.attain.application.reaction.Reevaluations;
import org.attain.application.reaction.TermRecordKeeper;
import org.attain.application.service.AchievementService;
import org.attain.application.service.AlertService;
import org.attain.application.service.AssociationService;
import org.attain.application.service.AuditLogService;
import org.attain.application.service.BenefitService;
import org.attain.application.service.CatalogService;
import org.attain.application.service.CompetencyHistoryService;
import org.attain.application.service.CompetencyService;
import org.attain.application.service.MemberService;
import org.attain.application.service.MembershipService;
import org.attain.application.service.MetricService;
import org.attain.application.service.OrganizationEvaluator;
import org.attain.application.service.OrganizationService;
import org.attain.application.service.OverrideService;
import org.attain.application.service.PersonService;
import org.attain.application.service.ProfileService;
import org.attain.application.service.ReferralService;
import org.attain.application.service.RenewalRiskWatch;
import org.attain.domain.membership.MembershipPolicy;
import org.attain.domain.override.OverridePolicy;
import org.attain.domain.person.AssociationPolicy;

/**
 * The real use cases over the application's in-memory stores, as bootstrap wires them, with the
 * default catalog stored as version 1.
 */
@ApplicationScoped
public class InMemoryProgramme {

  static final LocalDate TODAY = LocalDate.of(2025, 4, 1);

  private final InMemoryStores stores = new InMemoryStores(TODAY);
  private final OrganizationService organizations =
      new OrganizationService(stores.organizations, stores.unitOfWork);
  private final PersonService persons = new PersonService(stores.persons, stores.unitOfWork);
  private final OrganizationEvaluator evaluator =
      new OrganizationEvaluator(
          stores.persons, stores.achievements, stores.metrics, stores.catalogs, stores.overrides);
  private final Reevaluations reevaluations =
      new Reevaluations(
          stores.organizations,
          stores.catalogs,
          evaluator,
          stores.memberships,
          List.of(
              new TermRecordKeeper(stores.termRecords),
              new RenewalRiskWatch(
                  stores.persons,
                  stores.achievements,
                  evaluator,
                  stores.alerts,
                  stores.histories,
                  stores.outbox,
                  Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))));

  public InMemoryProgramme() {
    stores.catalogs.add(DefaultCatalog.catalog());
  }

  public InMemoryStores stores() {
    return stores;
  }

  @Produces
  RegisterOrganization registerOrganization() {
    return organizations;
  }

  @Produces
  ReadOrganizations readOrganizations() {
    return organizations;
  }

  @Produces
  RegisterPerson registerPerson() {
    return persons;
  }

  @Produces
  ReadPersons readPersons() {
    return persons;
  }

  @Produces
  RecordAchievement recordAchievement() {
    return new AchievementService(
        stores.persons, stores.achievements, stores.unitOfWork, stores.clock, reevaluations);
  }

  @Produces
  ChangeAssociation changeAssociation() {
    return new AssociationService(
        stores.persons,
        stores.organizations,
        stores.events,
        stores.clock,
        AssociationPolicy.PROGRAMME_DEFAULT,
        stores.unitOfWork,
        reevaluations);
  }

  @Produces
  ListMembers listMembers() {
    return new MemberService(
        stores.organizations, stores.persons, stores.achievements, stores.unitOfWork);
  }

  @Produces
  ManageCatalog manageCatalog() {
    return new CatalogService(
        stores.catalogs,
        stores.auditLog,
        stores.clock,
        stores.unitOfWork,
        stores.memberships,
        reevaluations);
  }

  @Produces
  ReadCompetencies readCompetencies() {
    return new CompetencyService(stores.organizations, evaluator, stores.clock, stores.unitOfWork);
  }

  @Produces
  ManageMembership manageMembership() {
    return new MembershipService(
        stores.organizations,
        stores.memberships,
        evaluator,
        MembershipPolicy.PROGRAMME_DEFAULT,
        stores.clock,
        stores.unitOfWork,
        reevaluations);
  }

  @Produces
  ManageProfile manageProfile() {
    return new ProfileService(
        stores.organizations,
        evaluator,
        stores.memberships,
        stores.profiles,
        stores.termRecords,
        stores.clock,
        stores.unitOfWork);
  }

  @Produces
  RecordMetrics recordMetrics() {
    return new MetricService(
        stores.organizations, stores.metrics, stores.unitOfWork, stores.clock, reevaluations);
  }

  @Produces
  ManageBenefits manageBenefits() {
    return new BenefitService(
        stores.organizations,
        evaluator,
        stores.memberships,
        stores.benefitCatalogs,
        stores.claimedBenefits,
        stores.termRecords,
        stores.clock,
        stores.unitOfWork);
  }

  @Produces
  ManageReferrals manageReferrals() {
    return new ReferralService(stores.profiles, stores.referrals, stores.clock, stores.unitOfWork);
  }

  @Produces
  ManageOverrides manageOverrides() {
    return new OverrideService(
        stores.organizations,
        stores.persons,
        stores.catalogs,
        stores.overrides,
        stores.auditLog,
        OverridePolicy.PROGRAMME_DEFAULT,
        stores.clock,
        stores.unitOfWork,
        reevaluations);
  }

  @Produces
  ReadAuditLog readAuditLog() {
    return new AuditLogService(stores.auditLog, stores.unitOfWork);
  }

  @Produces
  ManageAlerts manageAlerts() {
    return new AlertService(stores.organizations, stores.alerts, stores.clock, stores.unitOfWork);
  }

  @Produces
  ReadCompetencyHistory readCompetencyHistory() {
    return new CompetencyHistoryService(stores.organizations, stores.histories, stores.unitOfWork);
  }
}
